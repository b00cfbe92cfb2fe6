import {
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { RegisterImportDto, VoterEligibilityDto } from '@balss/contracts';
import { type Actor, CurrentActor, RequirePermission } from '@balss/platform/auth';
import { VoterEligibilityService } from '../eligibility/voter-eligibility.service';
import { RegisterUploadService } from '../import/register-upload.service';

const CSV_TYPES = /^(text\/csv|application\/csv|text\/plain|application\/vnd\.ms-excel)\b/i;

@ApiTags('voter register')
@Controller('register/imports')
export class RegisterImportsController {
  constructor(private readonly uploads: RegisterUploadService) {}

  /**
   * The CSV is the raw body (not multipart), read as a stream: the global JSON/form parsers leave
   * text/csv alone, so the 100kb body limit does not apply here — REGISTER_IMPORT_MAX_BYTES does.
   */
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @RequirePermission('register:import')
  @ApiConsumes('text/csv')
  @ApiQuery({ name: 'fileName', required: false })
  @ApiOperation({
    summary: "Upload the municipality's voter register (CSV); replaces it once the worker has imported it",
  })
  upload(
    @CurrentActor() actor: Actor,
    @Headers('content-type') contentType: string | undefined,
    @Query('fileName') fileName: string | undefined,
    @Req() request: AsyncIterable<Buffer>,
  ): Promise<RegisterImportDto> {
    if (!contentType || !CSV_TYPES.test(contentType)) {
      throw new UnsupportedMediaTypeException('Send the register as the request body with Content-Type: text/csv');
    }
    return this.uploads.upload(actor, request, fileName?.slice(0, 255) || null);
  }

  @Get()
  @RequirePermission('register:read')
  @ApiOperation({ summary: "The municipality's register imports, newest first" })
  list(@CurrentActor() actor: Actor): Promise<RegisterImportDto[]> {
    return this.uploads.list(actor);
  }

  @Get(':importId')
  @RequirePermission('register:read')
  @ApiOperation({ summary: 'One register import with its progress' })
  get(@CurrentActor() actor: Actor, @Param('importId', ParseUUIDPipe) importId: string): Promise<RegisterImportDto> {
    return this.uploads.get(actor, importId);
  }
}

@ApiTags('voter register')
@Controller('me/eligibility')
export class MyEligibilityController {
  constructor(private readonly eligibility: VoterEligibilityService) {}

  @Get()
  @RequirePermission('eligibility:read-own')
  @ApiQuery({ name: 'date', required: false, description: 'YYYY-MM-DD; default today in Europe/Riga' })
  @ApiOperation({ summary: 'Whether the signed-in resident may vote on the date, or every reason why not' })
  mine(@CurrentActor() actor: Actor, @Query('date') date: string | undefined): Promise<VoterEligibilityDto> {
    return this.eligibility.mine(actor, date);
  }
}
