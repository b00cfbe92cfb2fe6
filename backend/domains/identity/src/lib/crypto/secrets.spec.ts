import { constantTimeEqual, csrfTokenForSession, hashSecret, newSecret } from './secrets';

describe('secrets', () => {
  it('makes 256-bit url-safe secrets that do not repeat', () => {
    const a = newSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecret()).not.toBe(a);
  });

  it('stores a 32-byte SHA-256, never the secret', () => {
    expect(hashSecret('x')).toHaveLength(32);
  });

  it('compares strings of any length', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
  });

  it('derives one CSRF token per session secret', () => {
    expect(csrfTokenForSession('s1')).toBe(csrfTokenForSession('s1'));
    expect(csrfTokenForSession('s1')).not.toBe(csrfTokenForSession('s2'));
  });
});
