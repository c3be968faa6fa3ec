import type { Config } from 'jest';
import { preset } from './jest.preset';

/** Integration tests: each service (or library) against the real Postgres and NATS, a fresh database per file. */
const config: Config = {
  ...preset,
  displayName: 'int',
  testMatch: ['<rootDir>/apps/*/test/**/*.int-spec.ts', '<rootDir>/libs/**/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/tools/jest/global-setup.ts',
  setupFilesAfterEnv: ['<rootDir>/tools/jest/quiet-nest-logs.ts'],
  maxWorkers: 2,
  testTimeout: 60_000,
};

export default config;
