import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DEMO_ACCOUNTS, Transactions } from '@balss/domains/identity';
import { MunicipalityService } from '@balss/domains/municipality';
import { calendarDateInZone, formatIsoDate } from '@balss/eligibility';
import { AppConfig } from '@balss/platform/config';
import { hashYouthCode } from '../codes/youth-code';
import { YouthDemoRepository } from './youth-demo.repository';

/** Fixed id, so seeding twice finds the batch instead of printing a second one. */
export const DEMO_BATCH_ID = '5e1f0d2a-7c3b-4a9e-8f60-000000002026';
/**
 * The printed demo codes (DEMO_MODE only): anyone trying the demo redeems one of these. The first is
 * already used by the demo youth; the others are free until someone redeems them.
 */
export const DEMO_YOUTH_CODES = ['DEM0-2026-00', 'DEM0-2026-01', 'DEM0-2026-02', 'DEM0-2026-03', 'DEM0-2026-04', 'DEM0-2026-05'] as const;
export const DEMO_BATCH_ISSUER = 'Demonstrācijas jauniešu centrs (demo)';

export type YouthDemoSeedOutcome = { skipped: 'demo-mode-off' } | { batch: 'created' | 'unchanged'; youth: 'created' | 'unchanged' | 'no-demo-account' };

const emailOf = (role: 'youth' | 'mentor') => DEMO_ACCOUNTS.find((a) => a.role === role && a.municipality === 'daugavpils')?.email ?? '';

/**
 * Demo data of the youth path (DEMO_MODE only, after identity's demo accounts): a printed batch
 * for Daugavpils with a few unused codes, and the demo youth as a 15-year-old whom the demo mentor
 * has confirmed. Idempotent; refuses to run in production like identity's demo seed.
 */
@Injectable()
export class YouthDemoSeedService {
  private readonly logger = new Logger(YouthDemoSeedService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly demo: YouthDemoRepository,
    private readonly municipalities: MunicipalityService,
    private readonly transactions: Transactions,
  ) {}

  async seed(): Promise<YouthDemoSeedOutcome> {
    if (!this.config.demo || this.config.nodeEnv === 'production') {
      return { skipped: 'demo-mode-off' };
    }
    const municipalityId = await this.municipalities.requireIdBySlug('daugavpils');
    const hashes = await Promise.all(DEMO_YOUTH_CODES.map(hashYouthCode));
    const outcome = await this.transactions.run(async (tx) => {
      const batch = await this.demo.ensureBatch(tx, {
        id: DEMO_BATCH_ID,
        municipalityId,
        issuerName: DEMO_BATCH_ISSUER,
        expiresOn: `${new Date().getUTCFullYear() + 1}-12-31`,
        codeHashes: hashes,
      });
      const [youthId, mentorId] = await Promise.all([this.demo.userIdByEmail(tx, emailOf('youth')), this.demo.userIdByEmail(tx, emailOf('mentor'))]);
      if (!youthId || !mentorId) {
        return { batch, youth: 'no-demo-account' as const };
      }
      const today = calendarDateInZone(new Date());
      const youth = await this.demo.ensureConfirmedYouth(tx, {
        youthId,
        mentorId,
        municipalityId,
        // Turned 15 on the 1st of this month: a minor, so the mentor's confirmation matters.
        birthDate: formatIsoDate({ year: today.year - 15, month: today.month, day: 1 }),
        codeHash: hashes[0],
        tokenHash: createHash('sha256').update(randomBytes(32)).digest(),
      });
      return { batch, youth };
    });
    this.logger.log(`youth demo: batch ${outcome.batch}, confirmed demo youth ${outcome.youth}`);
    return outcome;
  }
}
