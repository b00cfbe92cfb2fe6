import { Body, Controller, Get, Header, Headers, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type IssuedYouthCodesDto, YOUTH_CODE_SHEET_KEY_HEADER, type YouthCodeBatchDto } from '@balss/contracts';
import { type Actor, CurrentActor, RequirePermission } from '@balss/platform/auth';
import { CodeBatchService } from '../codes/code-batch.service';
import { BatchIdParams, CreateYouthCodeBatchRequest } from './dto/youth.requests';

/**
 * The printable sheet is this API's only HTML. Its CSP allows just its own inline stylesheet: no
 * script, no images, nothing fetched — and it must never be cached (it holds live codes).
 */
const SHEET_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The part of Express's response the sheet uses ('express' is not a direct dependency). */
interface HtmlResponse {
  setHeader(name: string, value: string): unknown;
}

/** Youth code batches of the caller's municipality. Routes: YouthRoutes.codeBatch… */
@ApiTags('youth')
@Controller('youth/code-batches')
export class CodeBatchController {
  constructor(private readonly batches: CodeBatchService) {}

  @Post()
  @RequirePermission('youth-codes:issue')
  @ApiOperation({ summary: 'Creates a batch of one-time youth codes; the only answer that shows the codes' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateYouthCodeBatchRequest): Promise<IssuedYouthCodesDto> {
    return this.batches.create(actor, body);
  }

  @Get()
  @RequirePermission('youth-codes:issue')
  @ApiOperation({ summary: "Lists the municipality's code batches, newest first (no codes)" })
  list(@CurrentActor() actor: Actor): Promise<YouthCodeBatchDto[]> {
    return this.batches.list(actor);
  }

  @Get(':batchId')
  @RequirePermission('youth-codes:issue')
  @ApiOperation({ summary: 'One batch: counts, status, until when its sheet can be printed' })
  get(@CurrentActor() actor: Actor, @Param() params: BatchIdParams): Promise<YouthCodeBatchDto> {
    return this.batches.get(actor, params.batchId);
  }

  @Get(':batchId/sheet')
  @RequirePermission('youth-codes:issue')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/html')
  @ApiHeader({ name: YOUTH_CODE_SHEET_KEY_HEADER, required: true, description: 'The sheetKey from creation or re-issue' })
  @ApiOperation({ summary: 'The printable A4 sheet (HTML), one slip per code, within 24 h of issue' })
  async sheet(
    @CurrentActor() actor: Actor,
    @Param() params: BatchIdParams,
    @Headers(YOUTH_CODE_SHEET_KEY_HEADER) sheetKey: string | undefined,
    @Res({ passthrough: true }) response: HtmlResponse,
  ): Promise<string> {
    const html = await this.batches.sheet(actor, params.batchId, sheetKey);
    // Set only on success: a refusal must stay the JSON error body (Express keeps a type once set).
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Content-Security-Policy', SHEET_CSP);
    return html;
  }

  @Post(':batchId/reissue')
  @RequirePermission('youth-codes:issue')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'New codes for every unused slot (the old unused ones stop working), with a new sheet key' })
  reissue(@CurrentActor() actor: Actor, @Param() params: BatchIdParams): Promise<IssuedYouthCodesDto> {
    return this.batches.reissue(actor, params.batchId);
  }

  @Post(':batchId/revoke')
  @RequirePermission('youth-codes:issue')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Withdraws every unused code of the batch (idempotent)' })
  revoke(@CurrentActor() actor: Actor, @Param() params: BatchIdParams): Promise<YouthCodeBatchDto> {
    return this.batches.revoke(actor, params.batchId);
  }
}
