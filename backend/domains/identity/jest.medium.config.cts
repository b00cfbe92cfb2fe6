module.exports = {
  displayName: 'domain-identity:medium',
  preset: '../../../tools/jest/jest.medium.preset.js',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
};
