import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** Slugs are lowercase ASCII words joined by hyphens, so they are safe in URLs and file names. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class MunicipalitySlugParams {
  @ApiProperty({ example: 'daugavpils', pattern: SLUG_PATTERN.source })
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase letters, digits and single hyphens' })
  slug!: string;
}
