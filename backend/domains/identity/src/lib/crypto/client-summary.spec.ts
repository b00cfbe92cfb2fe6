import { ipPrefix, userAgentSummary } from './client-summary';

describe('client summaries', () => {
  it('truncates IPv4 to /24, also when IPv4-mapped', () => {
    expect(ipPrefix('203.0.113.77')).toBe('203.0.113.0/24');
    expect(ipPrefix('::ffff:198.51.100.9')).toBe('198.51.100.0/24');
  });

  it('truncates IPv6 to /48', () => {
    expect(ipPrefix('2001:db8:abcd:12::1')).toBe('2001:db8:abcd::/48');
    expect(ipPrefix('::1')).toBe('0:0:0::/48');
  });

  it('knows nothing of garbage', () => {
    expect(ipPrefix('not-an-ip')).toBeNull();
    expect(ipPrefix(undefined)).toBeNull();
  });

  it('keeps browser and system of a user agent, not the whole string', () => {
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
    expect(userAgentSummary(firefox)).toBe('Firefox on Linux');
    expect(userAgentSummary('curl/8.5.0')).toBe('curl/8.5.0');
    expect(userAgentSummary('x'.repeat(500))).toHaveLength(120);
  });
});
