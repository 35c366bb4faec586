/** Two tiers: pure unit specs (no database) and integration specs on a real PostgreSQL. */
const moduleNameMapper = { '^@passerelle/(.*)$': '<rootDir>/libs/$1/src' };
const { esmTransform, transformIgnorePatterns } = require('./jest.esm-packages');
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  ...esmTransform,
};

module.exports = {
  // A start of the test application takes seconds on a loaded 2-core CI machine, not 5 s at most.
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/seeds'],
      testMatch: ['**/*.spec.ts'],
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.integration-spec.ts'],
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
