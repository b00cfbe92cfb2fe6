import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  IdentityRoutes,
  type IssuedYouthCodesDto,
  type MentorYouthDto,
  type RedeemYouthCodeDto,
  YOUTH_CODE_SHEET_KEY_HEADER,
  YouthRoutes,
  type YouthStatusDto,
} from '@balss/contracts';
import { DEMO_PASSWORD } from '@balss/domains/identity';
import { HttpClient } from '../support/http-client';
import { type IdentityTestEnv, mailsTo, startIdentityTestEnv, tokenFromMail } from '../support/identity-app';
import { requiredEnv } from '../support/services';
import { createTestApp } from '../support/test-app';

const ADMIN = 'admin@daugavpils.balss.example';
const OTHER_ADMIN = 'admin@demo-novads.balss.example';
const RESIDENT = 'resident@daugavpils.balss.example';
const PASSWORD = 'garš un drošs 2026';
/** This suite's Redis database (others: identity 5, 6, 8–10; e-ID 7, 8; notifications 11, 12). */
const YOUTH_REDIS_DB = 13;

/** A birth date `years` years ago (plus `days` days later), in Riga's calendar, as YYYY-MM-DD. */
function bornYearsAgo(years: number, days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y - years, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

describe('youth accounts: code batches, redemption, responsible adult (real PostgreSQL, Redis, SMTP)', () => {
  let env: IdentityTestEnv;
  let admin: HttpClient;
  const count = async (sql: string, params: unknown[] = []) => Number((await env.dataSource.query(sql, params))[0].n);
  /** Audit entries of one action, optionally about one target (a batch id, a youth's user id). */
  const audited = (action: string, targetId?: string) =>
    targetId
      ? count(`SELECT count(*) AS n FROM audit_event WHERE action = $1 AND target_id = $2`, [action, targetId])
      : count(`SELECT count(*) AS n FROM audit_event WHERE action = $1`, [action]);
  const footprint = async () => ({
    users: await count(`SELECT count(*) AS n FROM app_user`),
    profiles: await count(`SELECT count(*) AS n FROM youth_profile`),
    invitations: await count(`SELECT count(*) AS n FROM adult_invitation`),
    redeemed: await count(`SELECT count(*) AS n FROM youth_code WHERE redeemed_at IS NOT NULL`),
    roles: await count(`SELECT count(*) AS n FROM user_role`),
  });
  const newBatch = async (size = 3, expiresOn = '2099-12-31'): Promise<IssuedYouthCodesDto> => {
    const res = await admin.post(YouthRoutes.codeBatches, { body: { issuerName: 'Daugavpils 9. vidusskola', size, expiresOn } });
    expect(res.status).toBe(201);
    return res.body as IssuedYouthCodesDto;
  };
  const redeemBody = (code: string, email: string, over: Partial<RedeemYouthCodeDto> = {}): RedeemYouthCodeDto => ({
    code,
    displayName: 'Skeitere',
    email,
    password: PASSWORD,
    birthDate: bornYearsAgo(15),
    locale: 'ru',
    responsibleAdult: { name: 'Inese', email: `adult.${email}` },
    ...over,
  });
  const redeem = async (body: object) => {
    const browser = await env.browser().primeCsrf();
    return { browser, res: await browser.post(YouthRoutes.redeem, { body }) };
  };

  beforeAll(async () => {
    env = await startIdentityTestEnv({}, YOUTH_REDIS_DB);
    admin = await env.signIn(ADMIN, DEMO_PASSWORD);
  });

  afterAll(async () => {
    await env?.close();
  });

  describe('code batches', () => {
    it('creates a batch: codes and sheet key shown once, hashes stored', async () => {
      const issued = await newBatch(3);
      expect(issued.codes).toHaveLength(3);
      for (const code of issued.codes) {
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
      }
      expect(issued.batch).toMatchObject({ status: 'active', size: 3, redeemedCount: 0, municipality: 'daugavpils', revokedAt: null });
      const list = await admin.get(YouthRoutes.codeBatches);
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toContain(issued.codes[0]);
      expect((await admin.get(YouthRoutes.codeBatch(issued.batch.id))).body).toMatchObject({ id: issued.batch.id, size: 3 });
      const trail = await admin.get(IdentityRoutes.audit, { query: { action: 'youth-code-batch.created', targetId: issued.batch.id } });
      expect(trail.status).toBe(200);
      expect(trail.body.items).toEqual([
        expect.objectContaining({ action: 'youth-code-batch.created', outcome: 'success', targetType: 'youth-code-batch', details: { size: 3, expiresOn: '2099-12-31' } }),
      ]);
    });

    it('audits a re-issue and a revocation once each; a refused re-issue or repeated revocation writes nothing', async () => {
      const issued = await newBatch(2);
      expect((await admin.post(YouthRoutes.reissueCodeBatch(issued.batch.id))).status).toBe(200);
      expect(await audited('youth-code-batch.reissued', issued.batch.id)).toBe(1);
      expect((await admin.post(YouthRoutes.revokeCodeBatch(issued.batch.id))).status).toBe(200);
      expect((await admin.post(YouthRoutes.revokeCodeBatch(issued.batch.id))).status).toBe(200);
      expect(await audited('youth-code-batch.revoked', issued.batch.id)).toBe(1);
      const refused = await admin.post(YouthRoutes.reissueCodeBatch(issued.batch.id));
      expect(refused.status).toBe(422);
      expect(await audited('youth-code-batch.reissued', issued.batch.id)).toBe(1);
    });

    it('serves the printable A4 sheet with the key (HTML, no-store, strict CSP), and refuses without it', async () => {
      const issued = await newBatch(2);
      const sheet = await admin.get(issued.sheetUrl, { headers: { [YOUTH_CODE_SHEET_KEY_HEADER]: issued.sheetKey } });
      expect(sheet.status).toBe(200);
      expect(sheet.headers['content-type']).toMatch(/^text\/html/);
      expect(sheet.headers['cache-control']).toBe('no-store');
      expect(sheet.headers['content-security-policy']).toContain("default-src 'none'");
      for (const code of issued.codes) {
        expect(sheet.text).toContain(code);
      }
      expect(sheet.text).toContain('http://balss.test/youth/redeem');
      const noKey = await admin.get(issued.sheetUrl);
      expect(noKey.status).toBe(400);
      expect(noKey.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'x-sheet-key', reason: 'SHEET_KEY_INVALID' } });
      await env.dataSource.query(`UPDATE youth_code_batch SET sheet_expires_at = now() - interval '1 second' WHERE id = $1`, [issued.batch.id]);
      const late = await admin.get(issued.sheetUrl, { headers: { [YOUTH_CODE_SHEET_KEY_HEADER]: issued.sheetKey } });
      expect(late.status).toBe(422);
      expect(late.body).toMatchObject({ code: 'RULE_VIOLATED', details: { reason: 'SHEET_NO_LONGER_AVAILABLE' } });
    });

    it.each([
      ['size 0', { issuerName: 'S', size: 0, expiresOn: '2099-01-01' }, 'size'],
      ['size 301', { issuerName: 'S', size: 301, expiresOn: '2099-01-01' }, 'size'],
      ['a blank issuer', { issuerName: '  ', size: 1, expiresOn: '2099-01-01' }, 'issuerName'],
      ['a malformed expiry', { issuerName: 'S', size: 1, expiresOn: '31.12.2099' }, 'expiresOn'],
      ['an expiry in the past', { issuerName: 'S', size: 1, expiresOn: '2020-01-01' }, 'expiresOn'],
      ['an impossible expiry', { issuerName: 'S', size: 1, expiresOn: '2099-02-30' }, 'expiresOn'],
      ['an unknown field', { issuerName: 'S', size: 1, expiresOn: '2099-01-01', municipality: 'riga' }, 'municipality'],
    ])('refuses %s with 400 naming the field, storing nothing', async (_what, body, field) => {
      const before = await count(`SELECT count(*) AS n FROM youth_code_batch`);
      const auditedBefore = await audited('youth-code-batch.created');
      const res = await admin.post(YouthRoutes.codeBatches, { body });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.body.details)).toContain(field);
      expect(await count(`SELECT count(*) AS n FROM youth_code_batch`)).toBe(before);
      expect(await audited('youth-code-batch.created')).toBe(auditedBefore);
    });

    it('refuses a resident (403) and anyone signed out (401)', async () => {
      const resident = await env.signIn(RESIDENT, DEMO_PASSWORD);
      const res = await resident.post(YouthRoutes.codeBatches, { body: { issuerName: 'S', size: 1, expiresOn: '2099-01-01' } });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'FORBIDDEN' });
      expect((await env.browser().get(YouthRoutes.codeBatches)).status).toBe(401);
    });

    it("hides a batch from another municipality's administrator: 404 to read, print, re-issue or revoke", async () => {
      const issued = await newBatch(1);
      const other = await env.signIn(OTHER_ADMIN, DEMO_PASSWORD);
      for (const res of [
        await other.get(YouthRoutes.codeBatch(issued.batch.id)),
        await other.get(issued.sheetUrl, { headers: { [YOUTH_CODE_SHEET_KEY_HEADER]: issued.sheetKey } }),
        await other.post(YouthRoutes.reissueCodeBatch(issued.batch.id)),
        await other.post(YouthRoutes.revokeCodeBatch(issued.batch.id)),
      ]) {
        expect(res.status).toBe(404);
        expect(res.body).toMatchObject({ code: 'NOT_FOUND', message: 'There is no such code batch.' });
      }
      expect((await other.get(YouthRoutes.codeBatches)).body).toEqual([]);
      expect((await admin.get(YouthRoutes.codeBatch(issued.batch.id))).body.revokedAt).toBeNull();
      expect(await audited('youth-code-batch.reissued', issued.batch.id)).toBe(0);
      expect(await audited('youth-code-batch.revoked', issued.batch.id)).toBe(0);
      expect((await admin.get(YouthRoutes.codeBatch('not-a-uuid'))).status).toBe(400);
    });
  });

  describe('redemption', () => {
    it('creates a 15-year-old’s account, signs it in, invites the adult by e-mail in the youth’s language', async () => {
      const { codes } = await newBatch(1);
      const { browser, res } = await redeem(redeemBody(codes[0].toLowerCase().replace(/-/g, ' '), 'skeitere@example.lv'));
      expect(res.status).toBe(201);
      expect((res.body as { youth: YouthStatusDto }).youth).toMatchObject({
        displayName: 'Skeitere',
        municipality: 'daugavpils',
        age: 15,
        status: 'awaiting-adult',
        canDraftApplications: true,
        canSubmitApplications: false,
        submitBlockedBy: ['AWAITING_RESPONSIBLE_ADULT'],
        invitation: { state: 'pending', adultName: 'Inese', adultEmail: 'adult.skeitere@example.lv' },
      });
      expect(JSON.stringify(res.body)).not.toContain('birthDate');
      const me = await browser.get(YouthRoutes.me);
      expect(me.status).toBe(200);
      expect(me.body.status).toBe('awaiting-adult');
      const roles = await browser.get('/api/me');
      expect(roles.body).toMatchObject({ roles: ['youth'], authMethod: 'youth-code' });
      const { mail } = await tokenFromMail('adult.skeitere@example.lv');
      expect(mail.subject).toContain('Skeitere');
      expect(mail.text).toContain('Здравствуйте, Inese');
      expect(mail.text).toMatch(/http:\/\/balss\.test\/youth\/responsible-adult#token=[A-Za-z0-9_-]{43}/);
      const [verify] = await mailsTo('skeitere@example.lv');
      expect(verify.text).toContain('http://balss.test/account/verify-email#token=');
      expect(await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'youth-code.redeemed'`)).toBeGreaterThanOrEqual(1);
    });

    it('refuses a second account from the same code with 409, writing nothing', async () => {
      const { codes } = await newBatch(1);
      expect((await redeem(redeemBody(codes[0], 'pirmais@example.lv'))).res.status).toBe(201);
      const before = await footprint();
      const { res } = await redeem(redeemBody(codes[0], 'otrais@example.lv'));
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'CONFLICT', details: { reason: 'CODE_ALREADY_USED' } });
      expect(await footprint()).toEqual(before);
    });

    const refusals: Array<[string, (code: string) => object, number, string, string]> = [
      ['a malformed code', () => redeemBody('ABCD-EFGH-J', 'malformed@example.lv'), 400, 'VALIDATION_FAILED', 'code'],
      ['an unknown code', () => redeemBody('2222-3333-44', 'unknown@example.lv'), 404, 'NOT_FOUND', 'CODE_NOT_FOUND'],
      ['a 12-year-old', (c) => redeemBody(c, 'twelve@example.lv', { birthDate: bornYearsAgo(13, 1) }), 422, 'RULE_VIOLATED', 'BELOW_YOUTH_AGE'],
      ['a 15-year-old without an adult', (c) => redeemBody(c, 'alone@example.lv', { responsibleAdult: undefined }), 422, 'RULE_VIOLATED', 'RESPONSIBLE_ADULT_REQUIRED'],
      ['a 26-year-old', (c) => redeemBody(c, 'old@example.lv', { birthDate: bornYearsAgo(26), responsibleAdult: undefined }), 422, 'RULE_VIOLATED', 'ABOVE_YOUTH_AGE'],
      ['an adult named with the youth’s own address', (c) => redeemBody(c, 'self@example.lv', { responsibleAdult: { name: 'Me', email: 'SELF@example.lv' } }), 422, 'RULE_VIOLATED', 'RESPONSIBLE_ADULT_IS_SELF'],
      ['an impossible birth date', (c) => redeemBody(c, 'feb30@example.lv', { birthDate: '2011-02-30' }), 400, 'VALIDATION_FAILED', 'birthDate'],
      ['a weak password', (c) => redeemBody(c, 'weak@example.lv', { password: 'password1234' }), 400, 'VALIDATION_FAILED', 'password'],
      ['an unknown field', (c) => ({ ...redeemBody(c, 'field@example.lv'), role: 'admin' }), 400, 'VALIDATION_FAILED', 'role'],
      ['an e-mail that already has an account', (c) => redeemBody(c, RESIDENT), 409, 'CONFLICT', 'email'],
    ];

    it.each(refusals)('refuses %s with a clear 4xx, leaves nothing written and the code usable', async (_what, body, status, code, mention) => {
      const { codes } = await newBatch(1);
      const before = await footprint();
      const { res } = await redeem(body(codes[0]));
      expect(res.status).toBe(status);
      expect(res.body.code).toBe(code);
      expect(JSON.stringify(res.body)).toContain(mention);
      expect(typeof res.body.message).toBe('string');
      expect(await footprint()).toEqual(before);
      expect((await redeem(redeemBody(codes[0], `after.${Date.now()}@example.lv`))).res.status).toBe(201);
    });

    it('refuses an expired code (422 CODE_EXPIRED) and a revoked batch (422 BATCH_REVOKED)', async () => {
      const expired = await newBatch(1);
      await env.dataSource.query(`UPDATE youth_code_batch SET expires_on = current_date - 2 WHERE id = $1`, [expired.batch.id]);
      const before = await footprint();
      const a = await redeem(redeemBody(expired.codes[0], 'expired@example.lv'));
      expect(a.res.status).toBe(422);
      expect(a.res.body).toMatchObject({ code: 'RULE_VIOLATED', details: { reason: 'CODE_EXPIRED' } });

      const revoked = await newBatch(2);
      const rev = await admin.post(YouthRoutes.revokeCodeBatch(revoked.batch.id));
      expect(rev.status).toBe(200);
      expect(rev.body).toMatchObject({ status: 'revoked', sheetAvailableUntil: null });
      const b = await redeem(redeemBody(revoked.codes[1], 'revoked@example.lv'));
      expect(b.res.status).toBe(422);
      expect(b.res.body).toMatchObject({ code: 'RULE_VIOLATED', details: { reason: 'BATCH_REVOKED' } });
      expect(await footprint()).toEqual(before);
      const sheet = await admin.get(revoked.sheetUrl, { headers: { [YOUTH_CODE_SHEET_KEY_HEADER]: revoked.sheetKey } });
      expect(sheet.status).toBe(422);
    });

    it('re-issues: the old slips stop working, the new codes work', async () => {
      const issued = await newBatch(2);
      const again = await admin.post(YouthRoutes.reissueCodeBatch(issued.batch.id));
      expect(again.status).toBe(200);
      expect(again.body.codes).toHaveLength(2);
      expect((await redeem(redeemBody(issued.codes[0], 'stale@example.lv'))).res.status).toBe(404);
      expect((await redeem(redeemBody(again.body.codes[0], 'fresh@example.lv'))).res.status).toBe(201);
    });

    it('an 18-year-old needs no adult and may submit', async () => {
      const { codes } = await newBatch(1);
      const { res } = await redeem(redeemBody(codes[0], 'pieaugusais@example.lv', { birthDate: bornYearsAgo(18), responsibleAdult: undefined }));
      expect(res.status).toBe(201);
      expect(res.body.youth).toMatchObject({ status: 'adult-not-required', canSubmitApplications: true, invitation: null });
    });
  });

  describe('the responsible adult', () => {
    let youth: HttpClient;

    beforeAll(async () => {
      const { codes } = await newBatch(1);
      const r = await redeem(redeemBody(codes[0], 'jaunietis@example.lv', { displayName: 'Kometa', locale: 'lv' }));
      expect(r.res.status).toBe(201);
      youth = r.browser;
    });

    it('shows the adult what they are asked to vouch for, without signing in', async () => {
      const { token } = await tokenFromMail('adult.jaunietis@example.lv');
      const res = await (await env.browser().primeCsrf()).post(YouthRoutes.invitationPreview, { body: { token } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ youthDisplayName: 'Kometa', municipality: 'daugavpils', adultName: 'Inese', expiresAt: expect.any(String) });
    });

    it('needs a signed-in adult to confirm (401), refuses one under 18 (422) and keeps the link working', async () => {
      const { token } = await tokenFromMail('adult.jaunietis@example.lv');
      const anonymous = await (await env.browser().primeCsrf()).post(YouthRoutes.invitationConfirm, { body: { token, birthDate: '1980-01-01' } });
      expect(anonymous.status).toBe(401);
      const adult = await env.signIn(RESIDENT, DEMO_PASSWORD);
      const young = await adult.post(YouthRoutes.invitationConfirm, { body: { token, birthDate: bornYearsAgo(18, 1) } });
      expect(young.status).toBe(422);
      expect(young.body).toMatchObject({ code: 'RULE_VIOLATED', details: { reason: 'ADULT_UNDER_AGE' } });
      const self = await youth.post(YouthRoutes.invitationConfirm, { body: { token, birthDate: '1980-01-01' } });
      expect(self.status).toBe(422);
      expect(self.body.details.reason).toBe('ADULT_IS_THE_YOUTH');
      expect((await youth.get(YouthRoutes.me)).body.status).toBe('awaiting-adult');
    });

    it('confirms: the adult becomes mentor, sees only nickname and status; the youth may submit', async () => {
      const { token } = await tokenFromMail('adult.jaunietis@example.lv');
      const adult = await env.signIn(RESIDENT, DEMO_PASSWORD);
      const res = await adult.post(YouthRoutes.invitationConfirm, { body: { token, birthDate: '1980-01-01' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ displayName: 'Kometa', status: 'confirmed', canSubmitApplications: true });
      const me = await youth.get(YouthRoutes.me);
      expect(me.body).toMatchObject({ status: 'confirmed', canSubmitApplications: true, invitation: { state: 'confirmed', adultName: null, adultEmail: null } });
      const list = await adult.get(YouthRoutes.mentorYouths);
      expect(list.status).toBe(200);
      const rows = list.body as MentorYouthDto[];
      expect(rows).toEqual([expect.objectContaining({ displayName: 'Kometa', status: 'confirmed', municipality: 'daugavpils' })]);
      expect(Object.keys(rows[0]).sort()).toEqual(['canSubmitApplications', 'confirmedAt', 'displayName', 'municipality', 'status', 'youthId']);
      const [stored] = await env.dataSource.query(`SELECT adult_name, adult_email, state FROM adult_invitation WHERE mentor_user_id IS NOT NULL`);
      expect(stored).toEqual({ adult_name: null, adult_email: null, state: 'confirmed' });
      const again = await adult.post(YouthRoutes.invitationConfirm, { body: { token, birthDate: '1980-01-01' } });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'CONFLICT', details: { reason: 'INVITATION_USED' } });
      expect(await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'mentor.confirmed'`)).toBe(1);
    });

    it('declines without an account; the youth sees it and names another adult', async () => {
      const { codes } = await newBatch(1);
      const r = await redeem(redeemBody(codes[0], 'otra@example.lv', { displayName: 'Zvaigzne' }));
      const { token } = await tokenFromMail('adult.otra@example.lv');
      const declined = await (await env.browser().primeCsrf()).post(YouthRoutes.invitationDecline, { body: { token } });
      expect(declined.status).toBe(204);
      const youthStatus = (await r.browser.get(YouthRoutes.me)).body;
      expect(youthStatus.invitation).toMatchObject({ state: 'declined', adultName: null });
      const [entry] = await env.dataSource.query(`SELECT actor_user_id, details FROM audit_event WHERE action = 'mentor.declined' AND target_id = $1`, [youthStatus.userId]);
      expect(entry).toEqual({ actor_user_id: null, details: { invitationId: expect.any(String) } });
      const reuse = await (await env.browser().primeCsrf()).post(YouthRoutes.invitationDecline, { body: { token } });
      expect(reuse.status).toBe(409);
      expect(await audited('mentor.declined', youthStatus.userId)).toBe(1);
      const nominate = await r.browser.put(YouthRoutes.responsibleAdult, { body: { name: 'Pēteris', email: 'peteris@example.lv' } });
      expect(nominate.status).toBe(200);
      expect(nominate.body.invitation).toMatchObject({ state: 'pending', adultName: 'Pēteris' });
      expect((await tokenFromMail('peteris@example.lv')).mail.text).toContain('Zvaigzne');
    });

    it('exports the youth section, and erasure deletes the birth date and invitations; the adult then vouches for nobody', async () => {
      const exported = await youth.get('/api/me/export');
      expect(exported.status).toBe(200);
      expect(exported.body.other.youth).toMatchObject({ profile: { birthDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }, invitationsSent: [expect.objectContaining({ state: expect.any(String) })] });
      const me = await youth.get(YouthRoutes.me);
      const erased = await youth.delete('/api/me', { body: { confirm: true } });
      expect(erased.status).toBe(204);
      expect(await count(`SELECT count(*) AS n FROM youth_profile WHERE user_id = $1`, [me.body.userId])).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM adult_invitation WHERE youth_user_id = $1`, [me.body.userId])).toBe(0);
      const adult = await env.signIn(RESIDENT, DEMO_PASSWORD);
      expect((await adult.get(YouthRoutes.mentorYouths)).body).toEqual([]);
    });

    it('refuses an expired invitation link with 422 and an unknown one with 404', async () => {
      const { codes } = await newBatch(1);
      await redeem(redeemBody(codes[0], 'tresha@example.lv'));
      const { token } = await tokenFromMail('adult.tresha@example.lv');
      await env.dataSource.query(`UPDATE adult_invitation SET expires_at = now() - interval '1 second' WHERE state = 'pending'`);
      const browser = await env.browser().primeCsrf();
      const expired = await browser.post(YouthRoutes.invitationPreview, { body: { token } });
      expect(expired.status).toBe(422);
      expect(expired.body).toMatchObject({ code: 'RULE_VIOLATED', details: { reason: 'INVITATION_EXPIRED' } });
      const unknown = await browser.post(YouthRoutes.invitationPreview, { body: { token: 'x'.repeat(43) } });
      expect(unknown.status).toBe(404);
      expect(unknown.body.details.reason).toBe('INVITATION_NOT_FOUND');
      const malformed = await browser.post(YouthRoutes.invitationPreview, { body: { token: 'short' } });
      expect(malformed.status).toBe(400);
    });
  });

  describe('rate limits', () => {
    let limited: NestExpressApplication;

    beforeAll(async () => {
      // A second api process on the same database with the per-code limit at 2 per 15 minutes.
      limited = await createTestApp({
        DATABASE_URL: env.db.url,
        REDIS_URL: `${requiredEnv('TEST_REDIS_URL').replace(/\/\d*$/, '')}/${YOUTH_REDIS_DB}`,
        PUBLIC_URL: 'http://balss.test',
        AUTH_RATE_LIMIT_PER_ACCOUNT: '2',
      });
    });

    afterAll(async () => {
      await limited?.close();
    });

    it('answers the third attempt at one code within 15 minutes with 429 and Retry-After', async () => {
      const browser = await new HttpClient(limited.getHttpServer()).primeCsrf();
      const body = redeemBody('2222-3333-55', 'limit@example.lv');
      expect((await browser.post(YouthRoutes.redeem, { body })).status).toBe(404);
      expect((await browser.post(YouthRoutes.redeem, { body: { ...body, code: '2222 3333 55' } })).status).toBe(404);
      const res = await browser.post(YouthRoutes.redeem, { body });
      expect(res.status).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.body).toMatchObject({ code: 'RATE_LIMITED' });
    });
  });
});
