import { DEMO_PERSONAL_CODE_HMAC_SECRET, InvalidConfigError, loadConfig } from './load-config';

const minimal = { DATABASE_URL: 'postgres://u:p@localhost:5432/balss', REDIS_URL: 'redis://localhost:6379' };

describe('loadConfig', () => {
  it('fills defaults around the two required URLs', () => {
    const config = loadConfig(minimal);
    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBe(minimal.DATABASE_URL);
    expect(config.redis.url).toBe(minimal.REDIS_URL);
    expect(config.demo).toBe(false);
    expect(config.http.webDistPath).toBeNull();
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig({ ...minimal, PORT: '8080', DEMO_MODE: 'true', LOG_PRETTY: '0' });
    expect(config.http.port).toBe(8080);
    expect(config.demo).toBe(true);
    expect(config.log.pretty).toBe(false);
  });

  it('names every wrong variable at once', () => {
    try {
      loadConfig({ PORT: 'abc', REDIS_URL: 'http://x' });
      throw new Error('expected loadConfig to throw');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidConfigError);
      const problems = (error as InvalidConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/REDIS_URL must be a redis/);
    }
  });
  describe('personal codes and e-ID', () => {
    it('requires PERSONAL_CODE_HMAC_SECRET in production and uses the public demo value elsewhere', () => {
      expect(() => loadConfig({ ...minimal, NODE_ENV: 'production' })).toThrow(/PERSONAL_CODE_HMAC_SECRET: required in production/);
      expect(() => loadConfig({ ...minimal, PERSONAL_CODE_HMAC_SECRET: 'short' })).toThrow(/at least 32 characters/);
      expect(loadConfig(minimal).personalCodes.hmacSecret).toBe(DEMO_PERSONAL_CODE_HMAC_SECRET);
      const secret = 'x'.repeat(40);
      expect(loadConfig({ ...minimal, NODE_ENV: 'production', PERSONAL_CODE_HMAC_SECRET: secret }).personalCodes.hmacSecret).toBe(secret);
    });

    it('collects EID_CLIENT_SECRET_* variables by name and refuses empty ones', () => {
      const config = loadConfig({ ...minimal, EID_CLIENT_SECRET_DAUGAVPILS: 's1', EID_CLIENT_SECRET_DEMO: 's2', OTHER_SECRET: 'no' });
      expect([...config.eid.clientSecrets.entries()]).toEqual([
        ['EID_CLIENT_SECRET_DAUGAVPILS', 's1'],
        ['EID_CLIENT_SECRET_DEMO', 's2'],
      ]);
      expect(() => loadConfig({ ...minimal, EID_CLIENT_SECRET_X: ' ' })).toThrow(/EID_CLIENT_SECRET_X: must not be empty/);
      expect(loadConfig({ ...minimal, EID_DEMO_ISSUER_URL: 'http://127.0.0.1:4000' }).eid.demoIssuerUrl).toBe('http://127.0.0.1:4000');
      expect(() => loadConfig({ ...minimal, EID_DEMO_ISSUER_URL: 'not a url' })).toThrow(/EID_DEMO_ISSUER_URL/);
    });
  });
});
