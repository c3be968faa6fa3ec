import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'node:path';
import { RESOLVERS } from './resolvers';

/** The committed schema, `apps/gateway/schema.graphql`. */
export const SCHEMA_PATH = join(__dirname, '..', '..', 'schema.graphql');

export const SCHEMA_HEADER =
  '# The Relais GraphQL API. Generated from the gateway code by `npm run schema:generate`; do not edit.\n\n';

/** Builds the API's schema from the resolvers' decorators, as the running gateway does. */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const factory = app.get(GraphQLSchemaFactory);
    return await factory.create([...RESOLVERS]);
  } finally {
    await app.close();
  }
}

/** The committed `schema.graphql` text: types sorted by name so the file only changes with the API. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
