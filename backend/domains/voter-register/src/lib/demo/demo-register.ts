/**
 * The Daugavpils demo voter register (demo mode only), in the CSV format administrators upload. The
 * people are the demo e-ID residents of tools/infra/oidc-demo-residents.json — made-up codes with
 * valid checksums — so signing in as one of them in `npm start` shows each answer of "may I vote?".
 * Pēteris Kalniņš (030782-10002) is deliberately absent: "not declared in Daugavpils".
 */
export const DEMO_REGISTER_CSV = [
  'personal_code;birth_date;neighbourhood;declared_from;declared_to',
  // Anna Bērziņa, born 12.05.1990 (read from the legacy code): may vote.
  '120590-10000;;centrs;2015-03-01;',
  // Marta Liepa, new-format code without a birth date in it: the register supplies 29.02.2008.
  '325871-40216;2008-02-29;jaunbuve;2019-09-01;',
  // Jānis Ozols, born 10.03.2012: under 16.
  '100312-20006;;gajoks;2012-03-20;',
  // Olga Ivanova, moved away: her declaration ended on 30.06.2024.
  '161175-19997;;vecforstadte;2001-04-01;2024-06-30',
  '',
].join('\n');
