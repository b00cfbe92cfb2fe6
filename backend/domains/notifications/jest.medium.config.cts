// Medium tests: real Redis (TEST_REDIS_URL) and a real SMTP capture server started by the test.
module.exports = {
  displayName: 'domain-notifications:medium',
  preset: '../../../tools/jest/jest.medium.preset.js',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
};
