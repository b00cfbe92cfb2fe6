import { Injectable } from '@nestjs/common';
import type { Tx } from '@balss/domains/identity';
import { YOUTH_LAW_BOUNDS, type YouthAgeBounds } from '@balss/eligibility';
import { YouthProfileRepository } from './persistence/youth-profile.repository';

/**
 * A municipality's youth age bounds: its `youth_settings` row, or the Youth Law's 13–25 when it has
 * none. A municipality applying the 2026 amendment stores 13–30 (YOUTH_LAW_2026_BOUNDS).
 */
@Injectable()
export class YouthAgePolicy {
  constructor(private readonly profiles: YouthProfileRepository) {}

  async boundsFor(municipalityId: string, tx?: Tx): Promise<YouthAgeBounds> {
    const settings = await this.profiles.settingsOf(municipalityId, tx);
    return settings ? { minAge: settings.minAge, maxAge: settings.maxAge } : YOUTH_LAW_BOUNDS;
  }
}
