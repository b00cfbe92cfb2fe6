// Medium tests: real Redis (TEST_REDIS_URL), plus a redis-server of their own to stop and start.
module.exports = {
  displayName: 'platform-queue:medium',
  preset: '../../../tools/jest/jest.medium.preset.js',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
};
