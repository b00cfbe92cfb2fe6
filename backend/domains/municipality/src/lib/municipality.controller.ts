import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MunicipalityDto, MunicipalitySummaryDto } from '@balss/contracts';
import { MunicipalityResponse, MunicipalitySummaryResponse } from './dto/municipality.response';
import { MunicipalitySlugParams } from './dto/municipality-slug.params';
import { MunicipalityService } from './municipality.service';

@ApiTags('municipalities')
@Controller('municipalities')
export class MunicipalityController {
  constructor(private readonly municipalities: MunicipalityService) {}

  @Get()
  @ApiOperation({ summary: 'Every municipality (tenant) on this server' })
  @ApiOkResponse({ type: [MunicipalitySummaryResponse] })
  list(): Promise<MunicipalitySummaryDto[]> {
    return this.municipalities.list();
  }

  @Get(':slug')
  @ApiOperation({ summary: 'A municipality with its neighbourhoods (the public home page)' })
  @ApiOkResponse({ type: MunicipalityResponse })
  get(@Param() params: MunicipalitySlugParams): Promise<MunicipalityDto> {
    return this.municipalities.getBySlug(params.slug);
  }
}
