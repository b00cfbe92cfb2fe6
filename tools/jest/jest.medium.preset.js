// Medium tests: real PostgreSQL (and Redis where needed), migrations applied for real, no mocks of
// what they test. They need TEST_DATABASE_URL (npm test or tools/infra/services.mjs provides it).
const base = require('./jest.preset.js');

module.exports = {
  ...base,
  testMatch: ['**/*.medium-spec.ts'],
  testEnvironment: 'node',
  // Creating a database and running every migration takes seconds on a busy CI machine.
  testTimeout: 60_000,
  // One file at a time: the suites share one PostgreSQL server and a 2-core CI runner.
  maxWorkers: 1,
};
