import { ValidationError } from '@balss/util-errors';
import { checkPassword, WeakPasswordError } from './password-policy';

const reasonOf = (password: string, identity = {}) => {
  try {
    checkPassword(password, identity);
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as WeakPasswordError).reason;
  }
};

describe('password policy (NIST SP 800-63B)', () => {
  it('accepts a long passphrase without composition rules, in any script', () => {
    expect(reasonOf('zaļš tilts pār daugavu')).toBe('ok');
    expect(reasonOf('мост через даугаву')).toBe('ok');
    expect(reasonOf('correct horse battery')).toBe('ok');
  });

  it('counts characters, not bytes, for the minimum of 12', () => {
    expect(reasonOf('ļļļķķķšššžž1')).toBe('ok');
    expect(reasonOf('short pass')).toBe('too-short');
  });

  it('refuses common passwords, also with a trailing number or mark', () => {
    expect(reasonOf('password1234')).toBe('common');
    expect(reasonOf('Daugavpils2026!')).toBe('common');
    expect(reasonOf('Parole123456')).toBe('common');
  });

  it('refuses repeated and sequential passwords', () => {
    expect(reasonOf('aaaaaaaaaaaaaa')).toBe('repetitive');
    expect(reasonOf('abcabcabcabcabc')).toBe('repetitive');
    expect(reasonOf('abcdefghijklmn')).toBe('repetitive');
  });

  it('refuses a password containing the address or the name', () => {
    expect(reasonOf('ilze.ozola likes rain', { email: 'ilze.ozola@inbox.lv' })).toBe('contains-identity');
    expect(reasonOf('x Anna Berzina x 42', { displayName: 'Anna Berzina' })).toBe('contains-identity');
  });

  it('refuses more than 128 characters and says so in the field details', () => {
    const error = (() => {
      try {
        checkPassword('x y '.repeat(40));
      } catch (e) {
        return e as WeakPasswordError;
      }
      return null;
    })();
    expect(error?.reason).toBe('too-long');
    expect(error?.details).toEqual([{ field: 'password', messages: [error?.message], reason: 'too-long' }]);
  });
});
