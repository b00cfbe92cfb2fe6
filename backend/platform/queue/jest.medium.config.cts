// Medium tests: real Redis (TEST_REDIS_URL), plus a redis-server of their own to stop and start.
module.exports = {
  displayName: 'platform-queue:medium',
  preset: '../../../tools/jest/jest.medium.preset.js',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  // See jest.config.cts: the ESM-only @nestjs/bull-shared 12 is swapped for the CommonJS 11 copy.
  moduleNameMapper: {
    '^@nestjs/bull-shared$': '<rootDir>/../../../node_modules/@nestjs/bullmq/node_modules/@nestjs/bull-shared',
  },
};
