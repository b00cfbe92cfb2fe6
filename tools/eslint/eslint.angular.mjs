// Shared ESLint flat config for every Angular project (app and libs): Nx's Angular and template rules,
// the workspace base (module boundaries, type-aware rules), and the `balss` selector prefix.
// Each Angular project's eslint.config.mjs only re-exports this, so a rule is changed in one place.
import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.base.mjs';

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'balss', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'balss', style: 'kebab-case' }],
    },
  },
];
