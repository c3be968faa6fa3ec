import { ApolloServer } from '@apollo/server';
import { GraphQLSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { buildGatewaySchema } from '../schema/build-schema';
import { COST_ESTIMATORS, costLimitPlugin } from './complexity';

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildGatewaySchema();
});

function cost(query: string, variables: Record<string, unknown> = {}): number {
  return getComplexity({ schema, query: parse(query), variables, estimators: COST_ESTIMATORS });
}

async function errorCodes(query: string, maxCost: number, variables?: Record<string, unknown>) {
  const server = new ApolloServer({ schema, plugins: [costLimitPlugin(maxCost)] });
  await server.start();
  try {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return (response.body.singleResult.errors ?? []).map((error) => ({
      code: error.extensions?.['code'],
      message: error.message,
    }));
  } finally {
    await server.stop();
  }
}

describe('query cost', () => {
  it('counts one per field', () => {
    expect(cost('{ me { user { id name } role } }')).toBe(5);
  });

  it('multiplies a connection’s selection by first', () => {
    const page = (first: number) => `{ brands(first: ${first}) { edges { node { id name } } } }`;
    // node + id + name = 3 per brand (edges are free), plus the connection field itself.
    expect(cost(page(10))).toBe(1 + 3 * 10);
    expect(cost(page(100))).toBe(1 + 3 * 100);
  });

  it('does not charge for counts, cursors and page info', () => {
    const bookkeeping =
      '{ brands(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }';
    expect(cost(bookkeeping)).toBe(1);
  });

  it('uses the default page size, or the variable, when first is not written', () => {
    expect(cost('{ brands { edges { node { id } } } }')).toBe(1 + 2 * 20);
    expect(cost('query($n: Int) { members(first: $n) { edges { node { id } } } }', { n: 7 })).toBe(1 + 2 * 7);
  });

  it('never multiplies by more than the largest page', () => {
    expect(cost('{ brands(first: 100000) { edges { node { id } } } }')).toBe(1 + 2 * 100);
  });

  it('counts a brand’s accounts as a few per brand', () => {
    const query = '{ brands(first: 10) { edges { node { socialAccounts { id } } } } }';
    // per brand: node 1 + socialAccounts (1 + 5 accounts × 1 field)
    expect(cost(query)).toBe(1 + 10 * (1 + (1 + 5)));
  });
});

describe('costLimitPlugin', () => {
  it('refuses an operation above the limit before anything runs', async () => {
    // per brand: node 1 + 4 fields + socialAccounts (1 + 5 × 2) = 16
    const query =
      '{ brands(first: 100) { edges { node { id name slug timezone socialAccounts { id handle } } } } }';
    expect(await errorCodes(query, 1000)).toEqual([
      {
        code: 'QUERY_TOO_COMPLEX',
        message: 'Operation costs 1601; the limit is 1000. Ask for fewer items (first) or fewer fields.',
      },
    ]);
  });

  it('lets an operation within the limit run', async () => {
    const errors = await errorCodes('{ brands(first: 5) { totalCount } }', 1000);
    expect(errors.map((error) => error.code)).not.toContain('QUERY_TOO_COMPLEX');
  });

  it('refuses a document that expands to too many selections', async () => {
    const fragments = Array.from(
      { length: 8 },
      (_, level) =>
        `fragment F${level} on Brand { ${Array.from({ length: 4 }, () => `...F${level + 1}`).join(' ')} }`,
    ).join('\n');
    const query = `{ brand(id: "x") { ...F0 } }\n${fragments}\nfragment F8 on Brand { id }`;
    const errors = await errorCodes(query, 1_000_000);
    expect(errors.map((error) => error.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});
