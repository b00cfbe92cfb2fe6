// Browser tests drive a running Balss (E2E_BASE_URL) with Chromium; `npm test` starts one for them.
// One file at a time: each launches its own Chromium, and two at once on a 2-core CI machine only thrash.
module.exports = {
  displayName: 'web-e2e',
  preset: '../../tools/jest/jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  maxWorkers: 1,
  testTimeout: 90_000,
};
