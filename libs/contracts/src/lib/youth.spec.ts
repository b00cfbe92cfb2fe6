import { adultInvitationLink, normaliseYouthCode, YOUTH_CODE_ALPHABET, YOUTH_CODE_PATTERN } from './youth';

describe('youth codes', () => {
  it('has 32 distinct symbols, so each carries exactly 5 bits', () => {
    expect(new Set(YOUTH_CODE_ALPHABET).size).toBe(32);
    expect(YOUTH_CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('reads what people type: lower case, spaces, no hyphens, O for 0, I and L for 1', () => {
    expect(normaliseYouthCode('abcd efgh jk')).toBe('ABCD-EFGH-JK');
    expect(normaliseYouthCode('ABCDEFGHJK')).toBe('ABCD-EFGH-JK');
    expect(normaliseYouthCode(' o0il-2345-67 ')).toBe('0011-2345-67');
    expect(normaliseYouthCode('ABCD-EFGH-JK')).toMatch(YOUTH_CODE_PATTERN);
  });

  it('refuses wrong lengths and symbols outside the alphabet', () => {
    expect(normaliseYouthCode('ABCD-EFGH-J')).toBeNull();
    expect(normaliseYouthCode('ABCD-EFGH-JKM')).toBeNull();
    expect(normaliseYouthCode('ABCD-EFGH-JU')).toBeNull();
    expect(normaliseYouthCode('ABCD-EFGH-J!')).toBeNull();
    expect(normaliseYouthCode('')).toBeNull();
  });

  it('puts the invitation token in the fragment, never the query', () => {
    expect(adultInvitationLink('https://balss.example/', 'a_b-c')).toBe('https://balss.example/youth/responsible-adult#token=a_b-c');
  });
});
