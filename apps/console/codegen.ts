import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the console, generated from the gateway's committed schema. Paths are from the workspace root. */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/gateway/schema.graphql',
  documents: ['apps/console/src/**/*.graphql.ts', 'apps/console/src/**/*.tsx'],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/graphql/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { ID: 'string', DateTime: 'string', JSON: 'Record<string, unknown>' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
