import { InvalidConfigError, loadConfig } from './load-config';

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
});
