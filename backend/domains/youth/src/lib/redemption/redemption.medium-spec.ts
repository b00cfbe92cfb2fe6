/**
 * Redemption on real PostgreSQL, through the real services (identity's accounts, roles, sessions,
 * audit): the code row lock decides races, and a refusal anywhere leaves nothing written. Mail is
 * captured in memory (MailProducer is replaced); Redis is only connected to, never used.
 */
import { Global, Module, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { permissionsOf, type RedeemYouthCodeDto, type SendMailPayload } from '@balss/contracts';
import type { HttpRequest, HttpResponse } from '@balss/domains/identity';
import { MailProducer } from '@balss/domains/notifications';
import type { Actor } from '@balss/platform/auth';
import { AppConfig, loadConfig } from '@balss/platform/config';
import { buildDataSourceOptions } from '@balss/platform/database';
import { createTestDatabase, type TestDatabase } from '@balss/platform/database/testing';
import { CodeBatchService } from '../codes/code-batch.service';
import { YouthModule } from '../youth.module';
import { RedemptionService } from './redemption.service';

@Global()
@Module({})
class TestConfigModule {
  static with(config: AppConfig) {
    return { module: TestConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}

const request = (): HttpRequest => ({ method: 'POST', headers: {}, cookies: {}, ip: '127.0.0.1' });
const response = (): HttpResponse => ({ cookie: () => undefined, clearCookie: () => undefined, setHeader: () => undefined });

describe('youth code redemption (real PostgreSQL)', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let redemption: RedemptionService;
  let batches: CodeBatchService;
  const mails: SendMailPayload[] = [];
  let admin: Actor;

  const count = async (sql: string, params: unknown[] = []) => Number((await db.dataSource.query(sql, params))[0].n);
  const redeemInput = (code: string, email: string, over: Partial<RedeemYouthCodeDto> = {}): RedeemYouthCodeDto => ({
    code,
    displayName: 'Skeitere',
    email,
    password: 'garš-un-drošs-2026',
    birthDate: '2011-04-15',
    locale: 'lv',
    responsibleAdult: { name: 'Inese', email: `adult-${email}` },
    ...over,
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:1',
      PUBLIC_URL: 'https://balss.example',
    });
    const moduleRef = await Test.createTestingModule({
      imports: [
        TestConfigModule.with(config),
        TypeOrmModule.forRoot({ ...buildDataSourceOptions(db.url), autoLoadEntities: true }),
        YouthModule,
      ],
    })
      .overrideProvider(MailProducer)
      .useValue({ send: async (mail: SendMailPayload) => (mails.push(mail), { jobId: mail.idempotencyKey }) })
      .compile();
    app = await moduleRef.init();
    redemption = app.get(RedemptionService);
    batches = app.get(CodeBatchService);
    const [m] = await db.dataSource.query(`INSERT INTO municipality (slug, name_lv, name_ru, name_en) VALUES ('daugavpils', 'Daugavpils', 'Даугавпилс', 'Daugavpils') RETURNING id`);
    const [u] = await db.dataSource.query(`INSERT INTO app_user (municipality_id, email, display_name, locale) VALUES ($1, 'admin@example.lv', 'Admin', 'lv') RETURNING id`, [m.id]);
    admin = {
      userId: u.id,
      municipalityId: m.id,
      roles: ['admin'],
      permissions: permissionsOf(['admin']),
      isPlatformAdmin: false,
      via: { kind: 'session', sessionId: 's', method: 'password', authenticatedAt: new Date() },
    };
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('lets exactly one of two simultaneous redemptions of one code succeed; the other gets 409', async () => {
    const { codes } = await batches.create(admin, { issuerName: 'Skola', size: 1, expiresOn: '2099-12-31' });
    const results = await Promise.allSettled([
      redemption.redeem(redeemInput(codes[0], 'pirmais@example.lv'), request(), response()),
      redemption.redeem(redeemInput(codes[0], 'otrais@example.lv'), request(), response()),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toMatchObject({ kind: 'conflict', details: { reason: 'CODE_ALREADY_USED' } });
    expect(await count(`SELECT count(*) AS n FROM app_user WHERE email IN ('pirmais@example.lv', 'otrais@example.lv')`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM youth_profile`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM adult_invitation`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM youth_code WHERE redeemed_at IS NOT NULL`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM user_role WHERE role = 'youth'`)).toBe(1);
  });

  it('writes nothing when the account cannot be created (e-mail taken), and the code still works after', async () => {
    const { codes } = await batches.create(admin, { issuerName: 'Skola', size: 1, expiresOn: '2099-12-31' });
    const before = await count(`SELECT count(*) AS n FROM adult_invitation`);
    await expect(redemption.redeem(redeemInput(codes[0], 'admin@example.lv'), request(), response())).rejects.toMatchObject({ kind: 'conflict' });
    expect(await count(`SELECT count(*) AS n FROM adult_invitation`)).toBe(before);
    expect(await count(`SELECT count(*) AS n FROM youth_code WHERE redeemed_at IS NULL`)).toBeGreaterThanOrEqual(1);
    const ok = await redemption.redeem(redeemInput(codes[0], 'treshais@example.lv'), request(), response());
    expect(ok.youth).toMatchObject({ status: 'awaiting-adult', canSubmitApplications: false, municipality: 'daugavpils' });
  });

  it('stores the birth date as a calendar date and never a refused one', async () => {
    const { codes } = await batches.create(admin, { issuerName: 'Skola', size: 1, expiresOn: '2099-12-31' });
    await expect(
      redemption.redeem(redeemInput(codes[0], 'mazs@example.lv', { birthDate: '2016-01-01', responsibleAdult: undefined }), request(), response()),
    ).rejects.toMatchObject({ details: { reason: 'BELOW_YOUTH_AGE' } });
    expect(await count(`SELECT count(*) AS n FROM youth_profile WHERE birth_date = '2016-01-01'`)).toBe(0);
    const ok = await redemption.redeem(redeemInput(codes[0], 'pieaugusais@example.lv', { birthDate: '2004-02-29', responsibleAdult: undefined }), request(), response());
    const [row] = await db.dataSource.query(`SELECT to_char(birth_date, 'YYYY-MM-DD') AS d FROM youth_profile WHERE user_id = $1`, [ok.youth.userId]);
    expect(row.d).toBe('2004-02-29');
    expect(ok.youth.status).toBe('adult-not-required');
  });

  it('re-issue replaces the unused codes: the old slip stops working, the new one works', async () => {
    const { batch, codes } = await batches.create(admin, { issuerName: 'Skola', size: 2, expiresOn: '2099-12-31' });
    const again = await batches.reissue(admin, batch.id);
    expect(again.codes).toHaveLength(2);
    await expect(redemption.redeem(redeemInput(codes[0], 'vecais@example.lv'), request(), response())).rejects.toMatchObject({ kind: 'not-found' });
    await redemption.redeem(redeemInput(again.codes[0], 'jaunais@example.lv'), request(), response());
  });

  it('keeps the codes of the sheet sealed, and no plain code anywhere in the database', async () => {
    const { batch, codes } = await batches.create(admin, { issuerName: 'Skola', size: 3, expiresOn: '2099-12-31' });
    const dump = JSON.stringify(await db.dataSource.query(`SELECT b.*, c.* FROM youth_code_batch b JOIN youth_code c ON c.batch_id = b.id WHERE b.id = $1`, [batch.id]));
    for (const code of codes) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace(/-/g, ''));
    }
  });

  it('queued the invitation mail in the youth’s language with the link in the fragment', () => {
    const invitation = mails.find((m) => m.idempotencyKey.startsWith('adult-invitation:'));
    expect(invitation?.text).toMatch(/https:\/\/balss\.example\/youth\/responsible-adult#token=[A-Za-z0-9_-]{43}/);
    expect(mails.some((m) => m.idempotencyKey.startsWith('verify-email:'))).toBe(true);
  });
});
