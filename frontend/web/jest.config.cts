module.exports = {
  displayName: 'web',
  preset: '../../tools/jest/jest.preset.js',
  // The shell tests start the whole app and load lazy routes, which ts-jest compiles on first use: on a
  // loaded 2-core CI machine one such test has taken 6-30 s. A hang still fails, just later.
  testTimeout: 60_000,
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../coverage/frontend/web',
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        stringifyContentPathRegex: '\\.(html|svg)$',
      },
    ],
  },
  // @jsverse/utils (a Transloco dependency) ships ES modules under a .js name, so Jest must transform it.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/))'],
  snapshotSerializers: [
    'jest-preset-angular/build/serializers/no-ng-attributes',
    'jest-preset-angular/build/serializers/ng-snapshot',
    'jest-preset-angular/build/serializers/html-comment',
  ],
};
