// openid-client v6 and its dependencies (oauth4webapi, jose) ship only ES modules. Node loads them from
// the api's CommonJS bundle (require(esm), Node >= 20.19), but Jest's own CommonJS module runtime cannot:
// projects whose tests reach them spread `esmPackagesTransform` into their Jest config, which compiles
// just these packages to CommonJS with ts-jest (cached after the first run).
const ESM_ONLY_PACKAGES = ['openid-client', 'oauth4webapi', 'jose'];
const group = ESM_ONLY_PACKAGES.join('|');

module.exports = {
  ESM_ONLY_PACKAGES,
  esmPackagesTransform: {
    transform: {
      [`/node_modules/(${group})/.+\\.js$`]: [
        'ts-jest',
        {
          tsconfig: {
            allowJs: true,
            module: 'commonjs',
            target: 'es2022',
            esModuleInterop: true,
            isolatedModules: true,
          },
        },
      ],
    },
    transformIgnorePatterns: [`/node_modules/(?!(${group})/)`],
  },
};
