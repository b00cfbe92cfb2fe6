import angularConfig from '../../../tools/eslint/eslint.angular.mjs';

export default angularConfig;
