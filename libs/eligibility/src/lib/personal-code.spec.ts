import { legacyCheckDigit, parsePersonalCode } from './personal-code';

describe('Latvian personal codes', () => {
  it.each([
    ['161175-19997', { normalized: '161175-19997', format: 'legacy', birthDate: { year: 1975, month: 11, day: 16 } }],
    ['16117519997', { normalized: '161175-19997', format: 'legacy', birthDate: { year: 1975, month: 11, day: 16 } }],
    [' 150308-20010 ', { normalized: '150308-20010', format: 'legacy', birthDate: { year: 2008, month: 3, day: 15 } }],
    ['290208-20057', { normalized: '290208-20057', format: 'legacy', birthDate: { year: 2008, month: 2, day: 29 } }],
    ['010717-00018', { normalized: '010717-00018', format: 'legacy', birthDate: { year: 1817, month: 7, day: 1 } }],
    ['323691-93794', { normalized: '323691-93794', format: 'current', birthDate: null }],
    ['32073120115', { normalized: '320731-20115', format: 'current', birthDate: null }],
    ['385512-00003', { normalized: '385512-00003', format: 'current', birthDate: null }],
  ])('reads %j', (text, code) => {
    expect(parsePersonalCode(text)).toEqual({ ok: true, code });
  });

  it.each([
    ['', 'MALFORMED_PERSONAL_CODE'],
    ['161175-1999', 'MALFORMED_PERSONAL_CODE'],
    ['161175 19997', 'MALFORMED_PERSONAL_CODE'],
    ['1611-7519997', 'MALFORMED_PERSONAL_CODE'],
    ['16117A-19997', 'MALFORMED_PERSONAL_CODE'],
    ['161175-39997', 'MALFORMED_PERSONAL_CODE'],
    ['161175-19998', 'PERSONAL_CODE_CHECKSUM'],
    ['150308-20011', 'PERSONAL_CODE_CHECKSUM'],
    ['290209-20057', 'PERSONAL_CODE_IMPOSSIBLE_DATE'],
    ['311105-10008', 'PERSONAL_CODE_IMPOSSIBLE_DATE'],
    ['001205-10008', 'PERSONAL_CODE_IMPOSSIBLE_DATE'],
  ])('refuses %j with %s', (text, error) => {
    expect(parsePersonalCode(text)).toEqual({ ok: false, error });
  });

  it('computes the check digit with weights 1 6 3 7 9 10 5 8 4 2 and (1101 − sum) mod 11 mod 10', () => {
    // 1·1+6·6+3·1+7·1+9·7+10·5+5·1+8·9+4·9+2·9 = 291; (1101 − 291) mod 11 = 7
    expect(legacyCheckDigit('1611751999')).toBe(7);
    // a remainder of 10 is written as 0
    expect(legacyCheckDigit('1503082007')).toBe(0);
    expect(parsePersonalCode('150308-20070')).toMatchObject({ ok: true });
  });
});
