import type { Config } from 'jest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = __dirname;

/** `@relais/*` aliases from tsconfig.base.json, as Jest module mappings. */
function aliasMappings(): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const mappings: Record<string, string> = {};
  for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
    mappings[`^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`] = `<rootDir>/${target}`;
  }
  return mappings;
}

/** Shared by the unit, integration and end-to-end configs: swc with decorator metadata, tsconfig aliases. */
export const preset: Config = {
  rootDir: root,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  // @nestjs/terminus and oauth4webapi ship ES modules only, which Jest on Node 20 cannot require:
  // compile them like our code.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs/terminus|oauth4webapi)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: aliasMappings(),
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/tmp/', '<rootDir>/.data/'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/console/', '<rootDir>/dist/'],
  clearMocks: true,
};
