import type { Config } from 'jest';
import { preset } from './jest.preset';

/** Unit tests: `*.spec.ts` beside the code, no I/O. The console runs its own tests with vitest. */
const config: Config = {
  ...preset,
  displayName: 'unit',
  testMatch: [
    '<rootDir>/apps/*/src/**/*.spec.ts',
    '<rootDir>/libs/**/src/**/*.spec.ts',
    '<rootDir>/tools/**/*.spec.ts',
  ],
};

export default config;
