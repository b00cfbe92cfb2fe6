import type { EidLinkService } from '@balss/domains/eid';
import type { MunicipalityService } from '@balss/domains/municipality';
import type { Actor } from '@balss/platform/auth';
import type { RegisterEntryEntity } from '../entities/register-entry.entity';
import type { RegisterEntryRepository } from '../persistence/register-entry.repository';
import { VoterEligibilityService } from './voter-eligibility.service';

const actor = (permissions: string[] = ['eligibility:read-own']): Actor =>
  ({
    userId: 'u1',
    municipalityId: 'm1',
    roles: ['resident'],
    permissions: new Set(permissions),
    isPlatformAdmin: false,
    via: { kind: 'session' },
  }) as unknown as Actor;
const entry = (overrides: Partial<RegisterEntryEntity> = {}) =>
  ({
    municipalityId: 'm1',
    birthDate: '2010-11-23',
    declaredFrom: '2015-01-01',
    declaredTo: null,
    ...overrides,
  }) as RegisterEntryEntity;

describe('VoterEligibilityService', () => {
  let links: jest.Mocked<Pick<EidLinkService, 'personalCodeHashOf'>>;
  let entries: jest.Mocked<Pick<RegisterEntryRepository, 'findForPerson'>>;
  let sut: VoterEligibilityService;

  beforeEach(() => {
    links = { personalCodeHashOf: jest.fn().mockResolvedValue(Buffer.alloc(32, 1)) };
    entries = { findForPerson: jest.fn().mockResolvedValue(entry()) };
    const municipalities = { getSummaryById: jest.fn().mockResolvedValue({ id: 'm1', slug: 'daugavpils', name: {} }) };
    sut = new VoterEligibilityService(
      links as unknown as EidLinkService,
      entries as unknown as RegisterEntryRepository,
      municipalities as unknown as MunicipalityService,
    );
  });

  it('checks the permission before anything else', async () => {
    await expect(sut.mine(actor([]), '2026-11-22')).rejects.toMatchObject({ kind: 'forbidden' });
    expect(links.personalCodeHashOf).not.toHaveBeenCalled();
  });

  it('is 15 years 364 days the day before the 16th birthday, and 16 on it', async () => {
    expect(await sut.mine(actor(), '2026-11-22')).toMatchObject({ eligible: false, reasons: ['UNDER_MINIMUM_AGE'] });
    expect(await sut.mine(actor(), '2026-11-23')).toEqual({
      eligible: true,
      date: '2026-11-23',
      municipality: { id: 'm1', slug: 'daugavpils' },
    });
  });

  it('refuses someone whose declaration ended the day before', async () => {
    entries.findForPerson.mockResolvedValue(entry({ birthDate: '1980-01-01', declaredTo: '2026-11-21' }));
    expect(await sut.mine(actor(), '2026-11-22')).toMatchObject({ eligible: false, reasons: ['RESIDENCE_ENDED'] });
  });

  it('says NO_BIRTH_DATE rather than guessing for a new-format code without a register birth date', async () => {
    entries.findForPerson.mockResolvedValue(entry({ birthDate: null }));
    expect(await sut.mine(actor(), '2026-11-22')).toMatchObject({ eligible: false, reasons: ['NO_BIRTH_DATE'] });
  });

  it('says NO_EID_LINK for an account that never signed in with e-ID', async () => {
    links.personalCodeHashOf.mockResolvedValue(null);
    expect(await sut.mine(actor(), '2026-11-22')).toMatchObject({ eligible: false, reasons: ['NO_EID_LINK'] });
    expect(entries.findForPerson).not.toHaveBeenCalled();
  });

  it('says only NOT_DECLARED_IN_MUNICIPALITY for someone absent from the register', async () => {
    entries.findForPerson.mockResolvedValue(null);
    expect(await sut.mine(actor(), '2026-11-22')).toMatchObject({
      eligible: false,
      reasons: ['NOT_DECLARED_IN_MUNICIPALITY'],
    });
  });

  it('defaults to today in Europe/Riga (just after midnight in Riga is already the next day)', async () => {
    const answer = await sut.mine(actor(), undefined, new Date('2026-11-22T22:30:00Z'));
    expect(answer.date).toBe('2026-11-23');
  });

  it.each([['2026-02-29'], ['2026-1-5'], ['22.11.2026']])(
    'refuses the date %s with a validation error',
    async (date) => {
      await expect(sut.mine(actor(), date)).rejects.toMatchObject({ kind: 'validation' });
    },
  );
});
