import { ApolloServer } from '@apollo/server';
import { buildSchema, GraphQLFormattedError } from 'graphql';
import { ErrorBody, ErrorCode } from '@relais/contracts';
import { DomainException, RemoteError, unauthenticated } from '@relais/server-errors';
import { aliasLimitRule } from './alias-limit.rule';
import { depthLimitRule } from './depth-limit.rule';
import { createErrorFormatter } from './error-formatter';

const typeDefs = `
  enum Language { FR EN }
  type Guidelines { bannedWords: [String!]! }
  type Brand { id: ID! name: String! child: Brand }
  input GuidelinesInput { bannedWords: [String!]! }
  input CreateBrandInput { name: String! defaultLanguage: Language! guidelines: GuidelinesInput! }
  type Query {
    brand(id: ID!): Brand
    brands(first: Int = 20, language: Language): [Brand!]!
    failing(kind: String!): Brand
  }
  type Mutation { createBrand(input: CreateBrandInput!): Brand }
`;

const remote = (body: ErrorBody) => new RemoteError(body);
const failures: Record<string, () => unknown> = {
  notFound: () => remote({ code: ErrorCode.NotFound, message: 'Brand not found' }),
  badInput: () =>
    remote({
      code: ErrorCode.BadUserInput,
      message: 'Invalid input',
      fields: [
        {
          field: 'timezone',
          message: 'timezone must be an IANA time zone such as Europe/Paris',
          constraint: 'isIanaTimezone',
        },
        {
          field: 'name',
          message: 'name must be shorter than or equal to 120 characters',
          constraint: 'isLength',
          params: { min: 1, max: 120 },
        },
      ],
    }),
  rateLimited: () => remote({ code: ErrorCode.RateLimited, message: 'Too many attempts', retryAfter: 42 }),
  unavailable: () =>
    remote({ code: ErrorCode.ServiceUnavailable, message: 'The clients service is unavailable' }),
  remoteInternal: () =>
    remote({ code: ErrorCode.Internal, message: 'relation "clients.brands" does not exist' }),
  unauthenticated: () => unauthenticated('The access token has expired: refresh the session'),
  conflict: () => new DomainException(ErrorCode.Conflict, 'Slug taken'),
  bug: () => new TypeError("Cannot read properties of undefined (reading 'id')"),
};

interface Mode {
  exposeInternalErrors: boolean;
  hideSuggestions: boolean;
}
const PRODUCTION: Mode = { exposeInternalErrors: false, hideSuggestions: true };
const DEVELOPMENT: Mode = { exposeInternalErrors: false, hideSuggestions: false };
const DEBUGGING: Mode = { exposeInternalErrors: true, hideSuggestions: false };
const CORRELATION_ID = 'c0ffee-42';

async function run(query: string, mode: Mode, variables?: Record<string, unknown>) {
  const internal: unknown[] = [];
  const server = new ApolloServer({
    schema: buildSchema(typeDefs),
    rootValue: {
      failing: ({ kind }: { kind: string }) => {
        throw failures[kind]();
      },
      brand: () => ({ id: '1', name: 'Acme', child: { id: '2', name: 'Sub', child: null } }),
      brands: () => [],
      createBrand: () => ({ id: '1', name: 'Acme' }),
    },
    validationRules: [depthLimitRule(3), aliasLimitRule(2)],
    formatError: createErrorFormatter({
      ...mode,
      correlationId: () => CORRELATION_ID,
      onInternalError: (error) => internal.push(error),
    }),
  });
  await server.start();
  try {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const errors: readonly GraphQLFormattedError[] = response.body.singleResult.errors ?? [];
    return { errors, internal };
  } finally {
    await server.stop();
  }
}

async function firstError(query: string, mode = PRODUCTION, variables?: Record<string, unknown>) {
  const { errors } = await run(query, mode, variables);
  expect(errors).toHaveLength(1);
  return errors[0];
}

describe('createErrorFormatter', () => {
  it.each([
    ['notFound', { code: 'NOT_FOUND' }, 'Brand not found'],
    ['unavailable', { code: 'SERVICE_UNAVAILABLE' }, 'The clients service is unavailable'],
    ['unauthenticated', { code: 'UNAUTHENTICATED' }, 'The access token has expired: refresh the session'],
    ['conflict', { code: 'CONFLICT' }, 'Slug taken'],
    ['rateLimited', { code: 'RATE_LIMITED', retryAfter: 42 }, 'Too many attempts'],
  ])('answers a %s error with its code and message', async (kind, extensions, message) => {
    const error = await firstError(`{ failing(kind: "${kind}") { id } }`);
    expect(error).toEqual({ message, locations: [{ line: 1, column: 3 }], path: ['failing'], extensions });
  });

  it('passes the service’s field errors on', async () => {
    const error = await firstError('{ failing(kind: "badInput") { id } }');
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'timezone',
          message: 'timezone must be an IANA time zone such as Europe/Paris',
          constraint: 'isIanaTimezone',
        },
        {
          field: 'name',
          message: 'name must be shorter than or equal to 120 characters',
          constraint: 'isLength',
          params: { min: 1, max: 120 },
        },
      ],
    });
  });

  it.each([
    ['production', PRODUCTION],
    ['development', DEVELOPMENT],
  ])('hides unexpected errors in %s behind their correlation id, and reports them', async (_, mode) => {
    const { errors, internal } = await run('{ failing(kind: "bug") { id } }', mode);
    expect(errors[0]).toEqual({
      message: 'Internal server error',
      locations: [{ line: 1, column: 3 }],
      path: ['failing'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: CORRELATION_ID },
    });
    expect(JSON.stringify(errors)).not.toMatch(/Cannot read properties|stacktrace|\.ts:/);
    expect(internal).toHaveLength(1);
    expect(internal[0]).toBeInstanceOf(TypeError);
  });

  it.each([
    ['production', PRODUCTION],
    ['development', DEVELOPMENT],
  ])('hides a service’s internal error (a database message) in %s too', async (_, mode) => {
    const error = await firstError('{ failing(kind: "remoteInternal") { id } }', mode);
    expect(error.message).toBe('Internal server error');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: CORRELATION_ID });
    expect(JSON.stringify(error)).not.toContain('clients.brands');
  });

  it('shows unexpected errors with their stack only to a developer who opted in', async () => {
    const error = await firstError('{ failing(kind: "bug") { id } }', DEBUGGING);
    expect(error.message).toBe("Cannot read properties of undefined (reading 'id')");
    expect(error.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(error.extensions?.['correlationId']).toBe(CORRELATION_ID);
    expect(error.extensions?.['stacktrace']).toEqual(
      expect.arrayContaining([expect.stringContaining('TypeError')]),
    );
  });

  it('drops the schema’s near matches ("Did you mean") when introspection is off', async () => {
    const field = await firstError('{ brand(id: "1") { nme } }');
    expect(field.message).toBe('Cannot query field "nme" on type "Brand".');
    const value = await firstError('{ brands(language: FRR) { id } }');
    expect(JSON.stringify(value)).not.toMatch(/Did you mean|"FR"/);
    expect(value.extensions?.['fields']).toEqual([
      { field: 'language', message: value.message, constraint: 'invalidValue' },
    ]);
    const argument = await firstError('{ brands(firts: 3) { id } }');
    expect(argument.message).toBe('Unknown argument "firts" on field "Query.brands".');
  });

  it('keeps the near matches while introspection is on', async () => {
    const field = await firstError('{ brand(id: "1") { nme } }', DEVELOPMENT);
    expect(field.message).toBe('Cannot query field "nme" on type "Brand". Did you mean "name"?');
  });

  it('answers an unknown enum value as BAD_USER_INPUT naming the argument', async () => {
    const error = await firstError('{ brands(language: GERMAN) { id } }');
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions?.['fields']).toEqual([
      { field: 'language', message: error.message, constraint: 'invalidValue' },
    ]);
    expect(error.message).toContain('GERMAN');
  });

  it('names the input field of a literal of the wrong type', async () => {
    const error = await firstError(
      'mutation { createBrand(input: { name: "A", defaultLanguage: FR, guidelines: { bannedWords: 3 } }) { id } }',
    );
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'guidelines.bannedWords', message: error.message, constraint: 'invalidValue' }],
    });
  });

  it('names a missing input field and a missing argument', async () => {
    const missingField = await firstError(
      'mutation { createBrand(input: { name: "A", guidelines: { bannedWords: [] } }) { id } }',
    );
    expect(missingField.extensions?.['fields']).toEqual([
      { field: 'defaultLanguage', message: missingField.message, constraint: 'required' },
    ]);
    const missingArgument = await firstError('{ brand { id } }');
    expect(missingArgument.extensions?.['fields']).toEqual([
      { field: 'id', message: missingArgument.message, constraint: 'required' },
    ]);
  });

  it('names the field of an invalid variable', async () => {
    const error = await firstError(
      'mutation Create($in: CreateBrandInput!) { createBrand(input: $in) { id } }',
      PRODUCTION,
      { in: { name: 'A', defaultLanguage: 'GERMAN', guidelines: { bannedWords: [] } } },
    );
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'defaultLanguage', message: error.message, constraint: 'invalidValue' }],
    });
    const scalar = await firstError('query Page($n: Int) { brands(first: $n) { id } }', PRODUCTION, {
      n: 'ten',
    });
    expect(scalar.extensions?.['fields']).toEqual([
      { field: 'first', message: scalar.message, constraint: 'invalidValue' },
    ]);
    const missing = await firstError(
      'mutation Create($in: CreateBrandInput!) { createBrand(input: $in) { id } }',
      PRODUCTION,
      { in: { name: 'A', guidelines: { bannedWords: [] } } },
    );
    expect(missing.extensions?.['fields']).toEqual([
      { field: 'defaultLanguage', message: missing.message, constraint: 'required' },
    ]);
  });

  it('keeps the code of a query limit', async () => {
    const deep = await firstError('{ brand(id: "1") { child { child { id } } } }');
    expect(deep.extensions).toEqual({ code: 'QUERY_TOO_DEEP' });
    const aliases = await firstError(
      '{ a: brand(id: "1") { id } b: brand(id: "2") { id } c: brand(id: "3") { id } }',
    );
    expect(aliases.extensions).toEqual({ code: 'TOO_MANY_ALIASES' });
  });

  it('keeps parse errors as they are', async () => {
    const error = await firstError('{ brand(id: "1") { id }');
    expect(error.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });
});
