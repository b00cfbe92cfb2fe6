import { ApiProperty } from '@nestjs/swagger';
import type {
  GeoPoint,
  LocalizedText,
  MunicipalityDto,
  MunicipalitySummaryDto,
  NeighbourhoodDto,
} from '@balss/contracts';

// Response classes exist for the OpenAPI document; `implements` keeps them in step with the contract.

export class LocalizedTextResponse implements LocalizedText {
  @ApiProperty({ example: 'Ķīmija', description: 'English; Latvian proper names stay as they are.' })
  en!: string;

  @ApiProperty({ example: 'Ķīmija', description: 'Latvian, the official language and the default.' })
  lv!: string;

  @ApiProperty({ example: 'Химия' })
  ru!: string;
}

export class GeoPointResponse implements GeoPoint {
  @ApiProperty({ example: 55.894759 })
  lat!: number;

  @ApiProperty({ example: 26.547539 })
  lng!: number;
}

export class NeighbourhoodResponse implements NeighbourhoodDto {
  @ApiProperty({ enum: ['left', 'right'], nullable: true, description: 'Null where no source says.' })
  bank!: 'left' | 'right' | null;

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: GeoPointResponse, nullable: true, description: 'Point label, not a centroid; null = unknown.' })
  location!: GeoPointResponse | null;

  @ApiProperty({ type: LocalizedTextResponse })
  name!: LocalizedTextResponse;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Residents; null = not published.' })
  population!: number | null;

  @ApiProperty({ example: 'kimija' })
  slug!: string;
}

export class MunicipalitySummaryResponse implements MunicipalitySummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: LocalizedTextResponse })
  name!: LocalizedTextResponse;

  @ApiProperty({ example: 'daugavpils' })
  slug!: string;
}

export class MunicipalityResponse extends MunicipalitySummaryResponse implements MunicipalityDto {
  @ApiProperty({ type: [NeighbourhoodResponse], description: 'In Latvian alphabetical order.' })
  neighbourhoods!: NeighbourhoodResponse[];
}
