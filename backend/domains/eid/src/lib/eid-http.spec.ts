import { ipPrefixOf, safeReturnPath } from './eid-http';

describe('safeReturnPath', () => {
  it.each([['/'], ['/account/profile?tab=1'], ['/lv/balsot#x']])('keeps the site path %s', (path) => {
    expect(safeReturnPath(path, '/')).toBe(path);
  });

  it.each([
    ['//evil.example'],
    ['/\\evil.example'],
    ['https://evil.example'],
    ['javascript:alert(1)'],
    ['relative'],
    [undefined],
    [42],
    [`/${'a'.repeat(600)}`],
  ])('replaces %p with the fallback', (value) => {
    expect(safeReturnPath(value, '/')).toBe('/');
  });
});

describe('ipPrefixOf', () => {
  it('truncates addresses to the audit precision', () => {
    expect(ipPrefixOf('203.0.113.77')).toBe('203.0.113.0/24');
    expect(ipPrefixOf('::ffff:198.51.100.9')).toBe('198.51.100.0/24');
    expect(ipPrefixOf('2001:db8:abcd:12::1')).toBe('2001:db8:abcd::/48');
    expect(ipPrefixOf(undefined)).toBeNull();
  });
});
