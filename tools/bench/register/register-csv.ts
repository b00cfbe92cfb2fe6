/**
 * The benchmark's synthetic register: `rows` distinct, valid legacy personal codes (birth dates
 * 1940–2009 cycling, serial numbers counting up, correct check digits) over the given neighbourhoods,
 * every 17th declaration ended. The same rows as `syntheticRegisterCsv` of the voter-register domain's
 * test fixtures (a test-only module of a NestJS domain, which the benchmark does not load), so figures stay
 * comparable with the medium test's 12,000-row import.
 */
import { legacyCheckDigit } from '@balss/eligibility';

/** syntheticPersonalCode runs out of serial numbers (three digits) here. */
export const MAX_ROWS = 336 * 70 * 1000;

export function registerCsv(rows: number, neighbourhoods: readonly string[]): string {
  const lines = ['personal_code;birth_date;neighbourhood;declared_from;declared_to'];
  for (let i = 0; i < rows; i++) {
    const from = `20${pad(i % 20)}-${pad(1 + (i % 12))}-01`;
    const to = i % 17 === 0 ? `2024-${pad(1 + (i % 12))}-15` : '';
    lines.push([personalCode(i), '', neighbourhoods[i % neighbourhoods.length], from, to].join(';'));
  }
  return `${lines.join('\n')}\n`;
}

function personalCode(i: number): string {
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const year = 1940 + (Math.floor(i / 336) % 70);
  const serial = Math.floor(i / (336 * 70));
  const first = `${pad(day)}${pad(month)}${pad(year % 100)}${year >= 2000 ? 2 : 1}${String(serial).padStart(3, '0')}`;
  return `${first.slice(0, 6)}-${first.slice(6)}${legacyCheckDigit(first)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
