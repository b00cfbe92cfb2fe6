module.exports = {
  displayName: 'web-youth-feature-youth',
  preset: '../../../tools/jest/jest.preset.js',
  // Page tests render whole routed pages; on a busy 2-core machine the first one can take seconds.
  testTimeout: 60_000,
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/frontend/youth/feature-youth',
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
