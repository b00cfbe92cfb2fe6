import baseConfig from '../eslint/eslint.base.mjs';

export default [...baseConfig];
