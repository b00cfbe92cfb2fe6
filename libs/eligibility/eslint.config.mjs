import { builtinModules } from 'node:module';
import baseConfig from '../../tools/eslint/eslint.base.mjs';

/**
 * This rule lib runs in the browser as well as in Node: no Node built-ins or globals in its
 * sources (specs may read fixtures), and no float parsing that could touch money.
 */
export default [
  ...baseConfig,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: 'Rule libs run in the browser: no Node built-ins.' })),
          patterns: [{ group: ['node:*'], message: 'Rule libs run in the browser: no Node built-ins.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', 'parseFloat'],
      'no-restricted-properties': [
        'error',
        { object: 'Number', property: 'parseFloat', message: 'Money and rates are integers; parse them exactly.' },
      ],
    },
  },
];
