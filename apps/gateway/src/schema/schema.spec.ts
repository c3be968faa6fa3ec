import { readFileSync } from 'node:fs';
import { buildGatewaySchema, printGatewaySchema, SCHEMA_PATH } from './build-schema';

describe('schema.graphql', () => {
  it('is the schema the code builds', async () => {
    const generated = printGatewaySchema(await buildGatewaySchema());
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    if (generated !== committed) {
      throw new Error(
        'apps/gateway/schema.graphql is stale: run npm run schema:generate and commit the result.',
      );
    }
    expect(generated).toContain('type Query {');
  });
});
