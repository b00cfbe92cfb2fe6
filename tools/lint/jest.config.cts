module.exports = {
  displayName: 'lint-rules',
  preset: '../jest/jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  // ESLint builds the Nx project graph on first use; on 2 cores that can take a while.
  testTimeout: 120_000,
};
