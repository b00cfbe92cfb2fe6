import { createTestDatabase, ENTITY_FILES_GLOB, withDatabaseName } from './testing';

describe('medium-test harness', () => {
  const saved = process.env['TEST_DATABASE_URL'];
  afterEach(() => {
    if (saved === undefined) {
      delete process.env['TEST_DATABASE_URL'];
    } else {
      process.env['TEST_DATABASE_URL'] = saved;
    }
  });

  it('refuses loudly without TEST_DATABASE_URL instead of touching some other database', async () => {
    delete process.env['TEST_DATABASE_URL'];
    await expect(createTestDatabase()).rejects.toThrow(/TEST_DATABASE_URL is not set.*npm test.*tools\/infra\/services\.mjs/s);
  });

  it('swaps only the database name of a URL', () => {
    expect(withDatabaseName('postgres://u:p@127.0.0.1:5432/postgres?sslmode=disable', 'balss_test_1')).toBe(
      'postgres://u:p@127.0.0.1:5432/balss_test_1?sslmode=disable',
    );
  });

  it('finds entity files of every backend lib by their suffix', () => {
    expect(ENTITY_FILES_GLOB).toMatch(/\/backend\/\*\*\/src\/\*\*\/\*\.entity\.ts$/);
  });
});
