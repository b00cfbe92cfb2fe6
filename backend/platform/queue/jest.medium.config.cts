// Medium tests: real Redis (TEST_REDIS_URL), plus a redis-server of their own to stop and start.
// Self-contained for now; switch `preset` to tools/jest/jest.medium.preset.js once that exists.
module.exports = {
  displayName: 'platform-queue:medium',
  preset: '../../../tools/jest/jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['**/*.medium-spec.ts'],
  testTimeout: 60_000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  // See jest.config.cts: the ESM-only @nestjs/bull-shared 12 is swapped for the CommonJS 11 copy.
  moduleNameMapper: {
    '^@nestjs/bull-shared$': '<rootDir>/../../../node_modules/@nestjs/bullmq/node_modules/@nestjs/bull-shared',
  },
};
