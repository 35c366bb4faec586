/** The fault suite (`npm run test:faults`): the built application as child processes. */
const path = require('node:path');
const root = path.resolve(__dirname, '..', '..');

const { esmTransform, transformIgnorePatterns } = require('../../jest.esm-packages');

module.exports = {
  rootDir: root,
  displayName: 'faults',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/faults'],
  testMatch: ['**/*.fault-spec.ts'],
  moduleNameMapper: { '^@passerelle/(.*)$': '<rootDir>/libs/$1/src' },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }], ...esmTransform },
  transformIgnorePatterns,
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
};
