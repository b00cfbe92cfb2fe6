// API end-to-end tests: the real AppModule (in-process, through supertest) and the built bundles
// (dist/backend/api/main.js and cli.js as child processes) against real PostgreSQL and Redis.
// Needs TEST_DATABASE_URL and TEST_REDIS_URL; `nx test api-e2e` builds the api first.
const { esmPackagesTransform } = require('../../tools/jest/esm-packages');

module.exports = {
  displayName: 'api-e2e',
  preset: '../../tools/jest/jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
  // e-ID: openid-client and its dependencies are ES modules only (see tools/jest/esm-packages.js).
  transform: {
    ...esmPackagesTransform.transform,
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: esmPackagesTransform.transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js'],
};
