import nx from '@nx/eslint-plugin';

/**
 * Module boundaries on two axes (scope:* = which side of the wire, type:* = what kind of code).
 * The rule libs (type:domain) and the contracts may import no npm package at all, so the tally,
 * eligibility and budget rules stay plain functions that run anywhere and test without mocks.
 * `tools/lint/boundaries.spec.ts` proves that a forbidden import is reported.
 */
const backendOnly = ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg', 'nestjs-pino', 'passport', 'passport-*'];
const frontendOnly = ['@angular/*', '@jsverse/*', 'rxjs/*'];

export const depConstraints = [
  // --- what kind of code may use what ---------------------------------------------------------
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:feature', 'type:platform', 'type:data-access', 'type:ui', 'type:contracts', 'type:domain', 'type:util'],
  },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:feature', 'type:platform', 'type:data-access', 'type:ui', 'type:contracts', 'type:domain', 'type:util'],
  },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:contracts', 'type:domain', 'type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:contracts', 'type:util'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'], allowedExternalImports: [] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [], allowedExternalImports: [] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
  // --- which side of the wire ------------------------------------------------------------------
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:backend', 'scope:shared'], bannedExternalImports: frontendOnly },
  { sourceTag: 'scope:frontend', onlyDependOnLibsWithTags: ['scope:frontend', 'scope:shared'], bannedExternalImports: backendOnly },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '**/coverage', '.data/**', 'tmp/**', '**/*.js', '**/*.cjs', '**/*.mjs', '**/jest.config.cts'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
      // An error, not a warning: warnings scroll past in CI and pile up. A leading underscore marks a
      // parameter a signature needs but the body does not (an overridden method, a type guard).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type-aware rules for async code: a promise nobody awaits is a silent failure in a job or a request.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: new URL('../..', import.meta.url).pathname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
];
