import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    ['/account/profile', '/account/profile'],
    ['/youth/responsible-adult#token=abc', '/youth/responsible-adult#token=abc'],
    ['/admin/users?role=admin', '/admin/users?role=admin'],
  ])('keeps the app path %s', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    '/a\nb',
  ])('refuses %p and uses the fallback', (value) => {
    expect(safeReturnTo(value, '/home')).toBe('/home');
  });
});
