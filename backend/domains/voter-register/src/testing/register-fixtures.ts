import { legacyCheckDigit } from '@balss/eligibility';

/**
 * Synthetic voter registers for tests and the benchmark: `rows` distinct, valid legacy personal
 * codes (birth dates 1940–2009 cycling, serial numbers counting up, correct check digits), spread
 * over the given neighbourhoods, with a few ended declarations. Deterministic: same input, same file.
 */
export function syntheticRegisterCsv(
  rows: number,
  neighbourhoods: readonly string[],
  separator: ';' | ',' = ';',
): string {
  const lines = [['personal_code', 'birth_date', 'neighbourhood', 'declared_from', 'declared_to'].join(separator)];
  for (let i = 0; i < rows; i++) {
    lines.push(syntheticRow(i, neighbourhoods).join(separator));
  }
  return `${lines.join('\n')}\n`;
}

/** The personal code of synthetic row `i` (the same one syntheticRegisterCsv writes). */
export function syntheticPersonalCode(i: number): string {
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const year = 1940 + (Math.floor(i / 336) % 70);
  const serial = Math.floor(i / (336 * 70));
  if (serial > 999) {
    throw new Error('syntheticPersonalCode supports at most 23,520,000 rows');
  }
  const century = year >= 2000 ? 2 : 1;
  const first = `${pad(day)}${pad(month)}${pad(year % 100)}${century}${String(serial).padStart(3, '0')}`;
  return `${first.slice(0, 6)}-${first.slice(6)}${legacyCheckDigit(first)}`;
}

function syntheticRow(i: number, neighbourhoods: readonly string[]): string[] {
  const neighbourhood = neighbourhoods[i % neighbourhoods.length] ?? '';
  const from = `20${pad(i % 20)}-${pad(1 + (i % 12))}-01`;
  const to = i % 17 === 0 ? `2024-${pad(1 + (i % 12))}-15` : '';
  return [syntheticPersonalCode(i), '', neighbourhood, from, to];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
