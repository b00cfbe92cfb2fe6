import type { RedeemYouthCodeDto, YouthStatusDto } from '@balss/contracts';
import type {
  AuditService,
  HttpRequest,
  HttpResponse,
  OneTimeTokenService,
  RoleService,
  SignInService,
  Transactions,
  Tx,
  UserEntity,
  UserService,
} from '@balss/domains/identity';
import { calendarDate, YOUTH_LAW_BOUNDS } from '@balss/eligibility';
import type { AdultInvitationService } from '../adults/adult-invitation.service';
import type { YouthMails } from '../adults/youth-mails';
import type { CodeBatchRepository, CodeForRedemption } from '../persistence/code-batch.repository';
import type { YouthProfileRepository } from '../persistence/youth-profile.repository';
import type { YouthStatusService } from '../status/youth-status.service';
import type { YouthAgePolicy } from '../youth-age-policy';
import type { YouthClock } from '../youth-clock';
import { RedemptionService } from './redemption.service';

const tx = {} as Tx;
const request = { method: 'POST', headers: {} } as HttpRequest;
const response = {} as HttpResponse;
const TODAY = calendarDate(2026, 11, 22);

const code = (over: Partial<CodeForRedemption> = {}): CodeForRedemption => ({
  codeId: 'code-1',
  batchId: 'batch-1',
  municipalityId: 'm1',
  expiresOn: '2027-06-30',
  revokedAt: null,
  redeemedAt: null,
  ...over,
});

const input = (over: Partial<RedeemYouthCodeDto> = {}): RedeemYouthCodeDto => ({
  code: 'abcd efgh jk',
  displayName: 'Skeitere',
  email: 'skeitere@example.lv',
  password: 'garš-un-drošs-2026',
  birthDate: '2011-04-15',
  locale: 'ru',
  responsibleAdult: { name: 'Inese', email: 'inese@example.lv' },
  ...over,
});

describe('RedemptionService', () => {
  let batches: jest.Mocked<Pick<CodeBatchRepository, 'lockCodeByHash' | 'markRedeemed'>>;
  let profiles: jest.Mocked<Pick<YouthProfileRepository, 'insert'>>;
  let users: jest.Mocked<Pick<UserService, 'createAccount'>>;
  let roles: jest.Mocked<Pick<RoleService, 'grantInTransaction'>>;
  let audit: jest.Mocked<Pick<AuditService, 'record'>>;
  let signIns: jest.Mocked<Pick<SignInService, 'signIn'>>;
  let oneTime: jest.Mocked<Pick<OneTimeTokenService, 'issue'>>;
  let invitations: jest.Mocked<Pick<AdultInvitationService, 'invite'>>;
  let status: jest.Mocked<Pick<YouthStatusService, 'statusOf'>>;
  let agePolicy: jest.Mocked<Pick<YouthAgePolicy, 'boundsFor'>>;
  let mails: jest.Mocked<Pick<YouthMails, 'sendVerification'>>;
  let transactions: jest.Mocked<Pick<Transactions, 'run'>>;
  let clock: jest.Mocked<Pick<YouthClock, 'now' | 'today'>>;
  let sut: RedemptionService;

  beforeEach(() => {
    batches = { lockCodeByHash: jest.fn().mockResolvedValue(code()), markRedeemed: jest.fn().mockResolvedValue(true) };
    profiles = { insert: jest.fn() };
    users = {
      createAccount: jest.fn().mockResolvedValue({ id: 'u1', email: 'skeitere@example.lv', displayName: 'Skeitere' } as UserEntity),
    };
    roles = { grantInTransaction: jest.fn().mockResolvedValue(true) };
    audit = { record: jest.fn() };
    signIns = { signIn: jest.fn() };
    oneTime = { issue: jest.fn().mockResolvedValue({ token: 'verify-token', id: 't1' }) };
    invitations = { invite: jest.fn() };
    status = { statusOf: jest.fn().mockResolvedValue({ userId: 'u1', status: 'awaiting-adult' } as YouthStatusDto) };
    agePolicy = { boundsFor: jest.fn().mockResolvedValue(YOUTH_LAW_BOUNDS) };
    mails = { sendVerification: jest.fn() };
    transactions = { run: jest.fn((work) => work(tx)) as jest.Mocked<Transactions>['run'] };
    clock = { now: jest.fn(() => new Date('2026-11-22T10:00:00Z')), today: jest.fn(() => TODAY) };
    sut = new RedemptionService(
      batches as unknown as CodeBatchRepository,
      profiles as unknown as YouthProfileRepository,
      users as unknown as UserService,
      roles as unknown as RoleService,
      audit as unknown as AuditService,
      signIns as unknown as SignInService,
      oneTime as unknown as OneTimeTokenService,
      invitations as unknown as AdultInvitationService,
      status as unknown as YouthStatusService,
      agePolicy as unknown as YouthAgePolicy,
      mails as unknown as YouthMails,
      transactions as unknown as Transactions,
      clock as unknown as YouthClock,
    );
  });

  const nothingWritten = () => {
    expect(users.createAccount).not.toHaveBeenCalled();
    expect(batches.markRedeemed).not.toHaveBeenCalled();
    expect(profiles.insert).not.toHaveBeenCalled();
    expect(signIns.signIn).not.toHaveBeenCalled();
  };

  it('creates a 15-year-old’s account with the youth role, invites the adult in the youth’s language, signs in', async () => {
    const result = await sut.redeem(input(), request, response);
    expect(users.createAccount).toHaveBeenCalledWith(tx, expect.objectContaining({ municipalityId: 'm1', email: 'skeitere@example.lv', locale: 'ru' }));
    expect(batches.markRedeemed).toHaveBeenCalledWith(tx, 'code-1', 'u1', expect.any(Date));
    expect(profiles.insert).toHaveBeenCalledWith(tx, { userId: 'u1', municipalityId: 'm1', birthDate: '2011-04-15', codeId: 'code-1' });
    expect(roles.grantInTransaction).toHaveBeenCalledWith(tx, { userId: 'u1', municipalityId: 'm1', role: 'youth', grantedBy: null });
    expect(audit.record).toHaveBeenCalledWith(tx, expect.objectContaining({ action: 'youth-code.redeemed', details: { batchId: 'batch-1', responsibleAdultRequired: true } }));
    expect(invitations.invite).toHaveBeenCalledWith(tx, expect.objectContaining({ youthUserId: 'u1', locale: 'ru', adult: { name: 'Inese', email: 'inese@example.lv' } }));
    expect(mails.sendVerification).toHaveBeenCalledWith(expect.objectContaining({ to: 'skeitere@example.lv', token: 'verify-token' }));
    expect(signIns.signIn).toHaveBeenCalledWith(request, response, { userId: 'u1', municipalityId: 'm1' }, 'youth-code', tx);
    expect(result.youth.status).toBe('awaiting-adult');
  });

  it('looks the code up by the hash of its canonical form', async () => {
    await sut.redeem(input({ code: 'ABCD-EFGH-JK' }), request, response);
    await sut.redeem(input({ code: 'abcdefghjk' }), request, response);
    const [first, second] = batches.lockCodeByHash.mock.calls.map((call) => call[1]);
    expect(first.equals(second)).toBe(true);
  });

  it('needs no adult from 18 and refuses one', async () => {
    await sut.redeem(input({ birthDate: '2005-01-01', responsibleAdult: undefined }), request, response);
    expect(invitations.invite).not.toHaveBeenCalled();
    await expect(sut.redeem(input({ birthDate: '2005-01-01' }), request, response)).rejects.toMatchObject({
      kind: 'rule-violation',
      details: { reason: 'RESPONSIBLE_ADULT_NOT_ALLOWED' },
    });
  });

  it.each([
    ['under 13', '2014-01-01', 'BELOW_YOUTH_AGE'],
    ['13 tomorrow', '2013-11-23', 'BELOW_YOUTH_AGE'],
    ['26', '2000-01-01', 'ABOVE_YOUTH_AGE'],
    ['born in the future', '2027-01-01', 'BIRTH_DATE_IN_FUTURE'],
  ])('refuses %s before writing anything', async (_label, birthDate, reason) => {
    await expect(sut.redeem(input({ birthDate, responsibleAdult: undefined }), request, response)).rejects.toMatchObject({
      kind: 'rule-violation',
      details: { reason },
    });
    nothingWritten();
  });

  it('accepts 13 on the birthday itself', async () => {
    await sut.redeem(input({ birthDate: '2013-11-22' }), request, response);
    expect(users.createAccount).toHaveBeenCalled();
  });

  it('refuses a 15-year-old without a responsible adult', async () => {
    await expect(sut.redeem(input({ responsibleAdult: undefined }), request, response)).rejects.toMatchObject({
      details: { reason: 'RESPONSIBLE_ADULT_REQUIRED' },
    });
    nothingWritten();
  });

  it('refuses a malformed code and an impossible date without touching the database', async () => {
    await expect(sut.redeem(input({ code: 'ABCD-EFGH-J' }), request, response)).rejects.toMatchObject({ kind: 'validation' });
    await expect(sut.redeem(input({ birthDate: '2011-02-30' }), request, response)).rejects.toMatchObject({ kind: 'validation' });
    expect(transactions.run).not.toHaveBeenCalled();
  });

  it.each([
    ['unknown', null, 'not-found', 'CODE_NOT_FOUND'],
    ['used', code({ redeemedAt: new Date() }), 'conflict', 'CODE_ALREADY_USED'],
    ['revoked', code({ revokedAt: new Date() }), 'rule-violation', 'BATCH_REVOKED'],
    ['expired yesterday', code({ expiresOn: '2026-11-21' }), 'rule-violation', 'CODE_EXPIRED'],
  ])('refuses an %s code', async (_label, found, kind, reason) => {
    batches.lockCodeByHash.mockResolvedValue(found);
    await expect(sut.redeem(input(), request, response)).rejects.toMatchObject({ kind, details: expect.objectContaining({ reason }) });
    nothingWritten();
  });

  it('still accepts a code on its last day', async () => {
    batches.lockCodeByHash.mockResolvedValue(code({ expiresOn: '2026-11-22' }));
    await sut.redeem(input(), request, response);
    expect(signIns.signIn).toHaveBeenCalled();
  });

  it('answers 409 when the code was taken between lock and update (belt and braces)', async () => {
    batches.markRedeemed.mockResolvedValue(false);
    await expect(sut.redeem(input(), request, response)).rejects.toMatchObject({ kind: 'conflict' });
    expect(signIns.signIn).not.toHaveBeenCalled();
  });

  it('uses the municipality’s own bounds (2026 amendment: 27 is still youth)', async () => {
    agePolicy.boundsFor.mockResolvedValue({ minAge: 13, maxAge: 30 });
    await sut.redeem(input({ birthDate: '1999-06-01', responsibleAdult: undefined }), request, response);
    expect(agePolicy.boundsFor).toHaveBeenCalledWith('m1', tx);
    expect(users.createAccount).toHaveBeenCalled();
  });
});
