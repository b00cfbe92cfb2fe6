// Medium tests: real PostgreSQL (TEST_DATABASE_URL) and, where a job runs, real Redis (TEST_REDIS_URL).
const { esmPackagesTransform } = require('../../../tools/jest/esm-packages');

module.exports = {
  displayName: 'domain-voter-register:medium',
  preset: '../../../tools/jest/jest.medium.preset.js',
  transform: {
    ...esmPackagesTransform.transform,
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: esmPackagesTransform.transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js', 'html'],
};
