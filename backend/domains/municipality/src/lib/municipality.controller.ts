import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MunicipalityDto, MunicipalitySummaryDto } from '@balss/contracts';
import { Public } from '@balss/platform/auth';
import { MunicipalityResponse, MunicipalitySummaryResponse } from './dto/municipality.response';
import { MunicipalitySlugParams } from './dto/municipality-slug.params';
import { MunicipalityService } from './municipality.service';

/** Public reads: the tenants and their neighbourhoods are public facts (DOMAIN: the public reads without an account). */
@ApiTags('municipalities')
@Controller('municipalities')
export class MunicipalityController {
  constructor(private readonly municipalities: MunicipalityService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Every municipality (tenant) on this server' })
  @ApiOkResponse({ type: [MunicipalitySummaryResponse] })
  list(): Promise<MunicipalitySummaryDto[]> {
    return this.municipalities.list();
  }

  @Get(':slug')
  @Public()
  @ApiOperation({ summary: 'A municipality with its neighbourhoods (the public home page)' })
  @ApiOkResponse({ type: MunicipalityResponse })
  get(@Param() params: MunicipalitySlugParams): Promise<MunicipalityDto> {
    return this.municipalities.getBySlug(params.slug);
  }
}
