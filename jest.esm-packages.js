/**
 * Packages published as ES modules only (intl-messageformat and its @formatjs parts): Node
 * requires them natively (require(esm), Node ≥ 20.19), Jest's CommonJS runtime does not, so
 * Jest compiles them to CommonJS like our own sources.
 */
const ESM_PACKAGES = ['intl-messageformat', '@formatjs'];

module.exports = {
  esmTransform: {
    [`/node_modules/(${ESM_PACKAGES.join('|')})/.+\\.js$`]: [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022' }, diagnostics: false },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
};
