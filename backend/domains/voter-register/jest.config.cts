const { esmPackagesTransform } = require('../../../tools/jest/esm-packages');

module.exports = {
  displayName: 'domain-voter-register',
  preset: '../../../tools/jest/jest.preset.js',
  testEnvironment: 'node',
  transform: {
    ...esmPackagesTransform.transform,
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: esmPackagesTransform.transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/backend/domains/voter-register',
};
