import baseConfig from '../../../tools/eslint/eslint.base.mjs';

export default [...baseConfig];
