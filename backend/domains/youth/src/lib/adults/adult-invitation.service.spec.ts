import { createHash } from 'node:crypto';
import { permissionsOf, type Role, type YouthStatusDto } from '@balss/contracts';
import type { AuditService, RoleService, Transactions, Tx, UserEntity, UserService } from '@balss/domains/identity';
import type { MunicipalityService } from '@balss/domains/municipality';
import { calendarDate } from '@balss/eligibility';
import type { Actor } from '@balss/platform/auth';
import { AdultInvitationEntity } from '../entities/adult-invitation.entity';
import { YouthProfileEntity } from '../entities/youth-profile.entity';
import type { AdultInvitationRepository } from '../persistence/adult-invitation.repository';
import type { YouthProfileRepository } from '../persistence/youth-profile.repository';
import type { YouthStatusService } from '../status/youth-status.service';
import type { YouthClock } from '../youth-clock';
import { AdultInvitationService } from './adult-invitation.service';
import type { YouthMails } from './youth-mails';

const tx = {} as Tx;
const NOW = new Date('2026-11-22T10:00:00Z');
const TOKEN = 'a'.repeat(43);
const actor = (userId: string, roles: Role[] = ['resident']): Actor => ({
  userId,
  municipalityId: 'm1',
  roles,
  permissions: permissionsOf(roles),
  isPlatformAdmin: false,
  via: { kind: 'session', sessionId: 's', method: 'password', authenticatedAt: NOW },
});
const invitation = (over: Partial<AdultInvitationEntity> = {}) =>
  Object.assign(new AdultInvitationEntity(), {
    id: 'i1',
    youthUserId: 'youth-1',
    municipalityId: 'm1',
    tokenHash: createHash('sha256').update(TOKEN).digest(),
    adultName: 'Inese',
    adultEmail: 'inese@example.lv',
    locale: 'lv',
    state: 'pending',
    createdAt: NOW,
    expiresAt: new Date('2026-12-06T10:00:00Z'),
    answeredAt: null,
    mentorUserId: null,
    adultAgeDeclaredAt: null,
    ...over,
  });

describe('AdultInvitationService', () => {
  let invitations: jest.Mocked<Pick<AdultInvitationRepository, 'lockByTokenHash' | 'findByTokenHash' | 'answer' | 'supersedePending' | 'insert' | 'confirmedOfYouth'>>;
  let profiles: jest.Mocked<Pick<YouthProfileRepository, 'findByUserId'>>;
  let roles: jest.Mocked<Pick<RoleService, 'grantInTransaction'>>;
  let audit: jest.Mocked<Pick<AuditService, 'record'>>;
  let mails: jest.Mocked<Pick<YouthMails, 'sendInvitation'>>;
  let sut: AdultInvitationService;

  beforeEach(() => {
    invitations = {
      lockByTokenHash: jest.fn().mockResolvedValue(invitation()),
      findByTokenHash: jest.fn().mockResolvedValue(invitation()),
      answer: jest.fn(),
      supersedePending: jest.fn(),
      insert: jest.fn(async (_tx, row) => invitation({ ...row, id: 'i2' })),
      confirmedOfYouth: jest.fn().mockResolvedValue(null),
    };
    profiles = { findByUserId: jest.fn().mockResolvedValue(null) };
    roles = { grantInTransaction: jest.fn() };
    audit = { record: jest.fn() };
    mails = { sendInvitation: jest.fn() };
    const status: jest.Mocked<Pick<YouthStatusService, 'statusOf'>> = {
      statusOf: jest.fn().mockResolvedValue({ displayName: 'Skeitere', status: 'confirmed', canSubmitApplications: true } as YouthStatusDto),
    };
    const users: jest.Mocked<Pick<UserService, 'findById'>> = {
      findById: jest.fn(async (id: string) => ({ id, displayName: 'Skeitere', email: 'skeitere@example.lv', locale: 'lv' }) as UserEntity),
    };
    const municipalities: jest.Mocked<Pick<MunicipalityService, 'getSummaryById'>> = {
      getSummaryById: jest.fn(async (id: string) => ({ id, slug: 'daugavpils', name: { lv: 'Daugavpils', ru: 'Даугавпилс', en: 'Daugavpils' } })),
    };
    const transactions: jest.Mocked<Pick<Transactions, 'run'>> = { run: jest.fn((work) => work(tx)) as jest.Mocked<Transactions>['run'] };
    const clock: jest.Mocked<Pick<YouthClock, 'now' | 'today'>> = { now: jest.fn(() => NOW), today: jest.fn(() => calendarDate(2026, 11, 22)) };
    sut = new AdultInvitationService(
      invitations as unknown as AdultInvitationRepository,
      profiles as unknown as YouthProfileRepository,
      status as unknown as YouthStatusService,
      users as unknown as UserService,
      roles as unknown as RoleService,
      audit as unknown as AuditService,
      municipalities as unknown as MunicipalityService,
      transactions as unknown as Transactions,
      mails as unknown as YouthMails,
      clock as unknown as YouthClock,
    );
  });

  it('confirms for an adult who declares 18+, grants mentor in the youth’s municipality, audits', async () => {
    const result = await sut.confirm(actor('adult-1'), { token: TOKEN, birthDate: '1980-02-01' });
    expect(invitations.answer).toHaveBeenCalledWith(tx, 'i1', 'confirmed', NOW, 'adult-1');
    expect(roles.grantInTransaction).toHaveBeenCalledWith(tx, { userId: 'adult-1', municipalityId: 'm1', role: 'mentor', grantedBy: null });
    expect(audit.record).toHaveBeenCalledWith(tx, expect.objectContaining({ action: 'mentor.confirmed', target: { type: 'user', id: 'youth-1' } }));
    expect(result).toMatchObject({ youthId: 'youth-1', displayName: 'Skeitere', status: 'confirmed' });
  });

  it('refuses an adult under 18 (17 years 364 days) and changes nothing', async () => {
    await expect(sut.confirm(actor('adult-1'), { token: TOKEN, birthDate: '2008-11-23' })).rejects.toMatchObject({
      kind: 'rule-violation',
      details: { reason: 'ADULT_UNDER_AGE' },
    });
    expect(invitations.answer).not.toHaveBeenCalled();
    expect(roles.grantInTransaction).not.toHaveBeenCalled();
  });

  it('believes the stored birth date of a youth account over a declared one', async () => {
    profiles.findByUserId.mockResolvedValue(Object.assign(new YouthProfileEntity(), { birthDate: '2010-01-01' }));
    await expect(sut.confirm(actor('other-youth', ['youth']), { token: TOKEN, birthDate: '1990-01-01' })).rejects.toMatchObject({
      details: { reason: 'ADULT_UNDER_AGE' },
    });
  });

  it('refuses the youth vouching for themself', async () => {
    await expect(sut.confirm(actor('youth-1', ['youth']), { token: TOKEN, birthDate: '1990-01-01' })).rejects.toMatchObject({
      details: { reason: 'ADULT_IS_THE_YOUTH' },
    });
  });

  it.each([
    ['unknown', null, 'not-found', 'INVITATION_NOT_FOUND'],
    ['answered', invitation({ state: 'confirmed', mentorUserId: 'x' }), 'conflict', 'INVITATION_USED'],
    ['replaced', invitation({ state: 'superseded' }), 'conflict', 'INVITATION_USED'],
    ['expired', invitation({ expiresAt: new Date('2026-11-22T09:59:59Z') }), 'rule-violation', 'INVITATION_EXPIRED'],
  ])('refuses an %s link', async (_label, found, kind, reason) => {
    invitations.lockByTokenHash.mockResolvedValue(found);
    invitations.findByTokenHash.mockResolvedValue(found);
    await expect(sut.confirm(actor('adult-1'), { token: TOKEN, birthDate: '1980-01-01' })).rejects.toMatchObject({ kind, details: { reason } });
    await expect(sut.decline(TOKEN)).rejects.toMatchObject({ kind });
    await expect(sut.preview(TOKEN)).rejects.toMatchObject({ kind });
    expect(invitations.answer).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
  });

  it('declines without an account, forgets the contact (repository answer) and audits in the same transaction', async () => {
    await sut.decline(TOKEN);
    expect(invitations.answer).toHaveBeenCalledWith(tx, 'i1', 'declined', NOW, null);
    expect(audit.record).toHaveBeenCalledWith(tx, {
      action: 'mentor.declined',
      municipalityId: 'm1',
      actorUserId: null,
      target: { type: 'user', id: 'youth-1' },
      details: { invitationId: 'i1' },
    });
  });

  it('invites: replaces the open invitation, stores only the token hash, mails in the youth’s language', async () => {
    await sut.invite(tx, {
      youthUserId: 'youth-1',
      youthDisplayName: 'Skeitere',
      youthEmail: 'skeitere@example.lv',
      municipalityId: 'm1',
      adult: { name: ' Inese ', email: 'Inese@Example.lv' },
      locale: 'ru',
    });
    expect(invitations.supersedePending).toHaveBeenCalledWith(tx, 'youth-1', NOW);
    const row = invitations.insert.mock.calls[0][1];
    expect(row).toMatchObject({ adultName: 'Inese', adultEmail: 'inese@example.lv', locale: 'ru', expiresAt: new Date('2026-12-06T10:00:00Z') });
    const mail = mails.sendInvitation.mock.calls[0][0];
    expect(mail).toMatchObject({ invitationId: 'i2', locale: 'ru', municipalityName: 'Даугавпилс', youthDisplayName: 'Skeitere' });
    expect(createHash('sha256').update(mail.token).digest().equals(row.tokenHash)).toBe(true);
  });

  it('refuses the youth’s own address as the adult’s', async () => {
    await expect(
      sut.invite(tx, { youthUserId: 'y', youthDisplayName: 'S', youthEmail: 'me@example.lv', municipalityId: 'm1', adult: { name: 'Me', email: 'ME@example.lv' }, locale: 'lv' }),
    ).rejects.toMatchObject({ details: { reason: 'RESPONSIBLE_ADULT_IS_SELF' } });
  });

  it('lets a minor name another adult, but not once one has confirmed', async () => {
    profiles.findByUserId.mockResolvedValue(Object.assign(new YouthProfileEntity(), { userId: 'youth-1', municipalityId: 'm1', birthDate: '2011-04-15' }));
    await sut.nominate(actor('youth-1', ['youth']), { name: 'Pēteris', email: 'peteris@example.lv' });
    expect(mails.sendInvitation).toHaveBeenCalled();
    invitations.confirmedOfYouth.mockResolvedValue(invitation({ state: 'confirmed' }));
    await expect(sut.nominate(actor('youth-1', ['youth']), { name: 'X', email: 'x@example.lv' })).rejects.toMatchObject({
      details: { reason: 'ADULT_ALREADY_CONFIRMED' },
    });
  });
});
