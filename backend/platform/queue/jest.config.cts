module.exports = {
  displayName: 'platform-queue',
  preset: '../../../tools/jest/jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  // @bull-board/nestjs needs only getQueueToken from @nestjs/bull-shared, whose top-level copy (12.x)
  // is ESM-only, which Jest's CommonJS runtime cannot load; @nestjs/bullmq's own 11.x copy is CommonJS
  // and builds the same tokens. Node itself loads the ESM copy fine (require(esm)), so only tests need this.
  moduleNameMapper: {
    '^@nestjs/bull-shared$': '<rootDir>/../../../node_modules/@nestjs/bullmq/node_modules/@nestjs/bull-shared',
  },
  coverageDirectory: '../../../coverage/backend/platform/queue',
};
