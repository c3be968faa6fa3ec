import type { Config } from 'jest';
import { preset } from './jest.preset';

/** End-to-end tests: GraphQL over HTTP through the gateway, with every service running. */
const config: Config = {
  ...preset,
  displayName: 'e2e',
  testMatch: ['<rootDir>/apps/*/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/tools/jest/global-setup.ts',
  setupFilesAfterEnv: ['<rootDir>/tools/jest/quiet-nest-logs.ts'],
  maxWorkers: 2,
  testTimeout: 90_000,
};

export default config;
