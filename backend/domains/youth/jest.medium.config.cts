module.exports = {
  displayName: 'domain-youth:medium',
  preset: '../../../tools/jest/jest.medium.preset.js',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
};
