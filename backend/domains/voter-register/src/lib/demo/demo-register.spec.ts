import * as fs from 'node:fs';
import * as path from 'node:path';
import { calendarDate, mayVote, parseCalendarDate, parsePersonalCode } from '@balss/eligibility';
import { readRegisterFile } from '../csv/register-file';
import { DEMO_REGISTER_CSV } from './demo-register';

interface DemoResident {
  accountId: string;
  personalCode: string;
  birthdate: string;
  expect: string;
}

const residents = (
  JSON.parse(
    fs.readFileSync(path.resolve(__dirname, '../../../../../../tools/infra/oidc-demo-residents.json'), 'utf8'),
  ) as { residents: DemoResident[] }
).residents;

describe('the demo register and the demo e-ID people agree', () => {
  const result = readRegisterFile(new TextEncoder().encode(DEMO_REGISTER_CSV), {
    neighbourhoodCodes: ['centrs', 'gajoks', 'jaunbuve', 'vecforstadte'],
    today: calendarDate(2026, 11, 22),
  });
  const rows = result.ok ? result.rows : [];

  it('is a valid register file', () => {
    expect(result.ok).toBe(true);
  });

  it.each(residents.map((r) => [r.accountId, r] as const))(
    '%s: valid code, birth date as the provider says, the promised answer',
    (_id, resident) => {
      const code = parsePersonalCode(resident.personalCode);
      expect(code.ok).toBe(true);
      const row = rows.find((r) => code.ok && r.personalCode.normalized === code.code.normalized);
      if (resident.expect.includes('not declared')) {
        expect(row).toBeUndefined();
        return;
      }
      expect(row?.birthDate).toEqual(parseCalendarDate(resident.birthdate));
      const decision = mayVote(
        {
          kind: 'natural',
          birthDate: row?.birthDate ?? null,
          residences: row ? [{ municipalityId: 'd', declaredFrom: row.declaredFrom, declaredTo: row.declaredTo }] : [],
        },
        { municipalityId: 'd', referenceDate: calendarDate(2026, 11, 22) },
      );
      expect(decision.eligible).toBe(resident.expect === 'may vote');
    },
  );
});
