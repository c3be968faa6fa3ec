import { buildSchema, getIntrospectionQuery, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { aliasLimitRule } from './alias-limit.rule';
import { depthLimitRule } from './depth-limit.rule';
import { documentLimitError } from './document-limits';

const schema = buildSchema(`
  type Node { id: ID! name: String child: Node children(first: Int): [Node!]! }
  type Query { node(id: ID!): Node nodes(first: Int): [Node!]! }
`);

function errorsOf(query: string, rules = [depthLimitRule(4), aliasLimitRule(3)]): readonly GraphQLError[] {
  return validate(schema, parse(query), [...specifiedRules, ...rules]);
}

function codes(query: string): unknown[] {
  return errorsOf(query).map((error) => error.extensions['code']);
}

describe('depthLimitRule', () => {
  it('accepts an operation at the limit', () => {
    expect(errorsOf('{ node(id: "1") { child { child { id } } } }')).toEqual([]);
  });

  it('rejects one level deeper with QUERY_TOO_DEEP and says how deep', () => {
    const errors = errorsOf('query Deep { node(id: "1") { child { child { child { id } } } } }');
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions['code']).toBe('QUERY_TOO_DEEP');
    expect(errors[0].message).toBe('Operation "Deep" nests fields 5 levels deep; the limit is 4.');
  });

  it('follows fragments and inline fragments', () => {
    const query = `
      query { node(id: "1") { ...A } }
      fragment A on Node { child { ... on Node { child { ...B } } } }
      fragment B on Node { child { id } }`;
    expect(codes(query)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('measures a fragment spread many times in linear time', () => {
    const spreads = Array.from({ length: 2000 }, () => '...A').join(' ');
    const query = `{ node(id: "1") { ${spreads} } } fragment A on Node { child { id } }`;
    const started = Date.now();
    expect(errorsOf(query, [depthLimitRule(4)])).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('survives fragment cycles, which the standard rules report', () => {
    const query = `{ node(id: "1") { ...A } } fragment A on Node { child { ...A } }`;
    expect(codes(query)).toContain(undefined);
    expect(codes(query)).not.toContain('QUERY_TOO_DEEP');
  });

  it('accepts the standard introspection queries of GraphiQL and graphql-codegen', () => {
    expect(errorsOf(getIntrospectionQuery())).toEqual([]);
    const fullest = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    expect(errorsOf(fullest)).toEqual([]);
  });

  it('refuses introspection nested deeper than the standard query', () => {
    const ofTypes = (depth: number): string =>
      depth === 0 ? 'name' : `name ofType { ${ofTypes(depth - 1)} }`;
    const errors = errorsOf(`query Probe { __type(name: "Node") { ${ofTypes(50)} } }`);
    expect(errors.map((error) => error.extensions['code'])).toEqual(['QUERY_TOO_DEEP']);
    expect(errors[0].message).toBe(
      'Operation "Probe" nests introspection fields 52 levels deep; the limit is 15.',
    );
    const viaSchema = `{ __schema { types { fields { type { ${ofTypes(20)} } } } } }`;
    expect(codes(viaSchema)).toEqual(['QUERY_TOO_DEEP']);
  });
});

describe('aliasLimitRule', () => {
  it('accepts up to the limit', () => {
    expect(errorsOf('{ a: node(id: "1") { id } b: node(id: "2") { id } c: node(id: "3") { id } }')).toEqual(
      [],
    );
  });

  it('rejects more aliases with TOO_MANY_ALIASES', () => {
    const errors = errorsOf('{ a: node(id: "1") { x: id y: name } b: node(id: "2") { id } }');
    expect(errors.map((error) => error.extensions['code'])).toEqual(['TOO_MANY_ALIASES']);
    expect(errors[0].message).toBe('Operation uses 4 aliases; the limit is 3.');
  });

  it('counts aliases in a fragment once per spread', () => {
    const query = `{ node(id: "1") { ...A child { ...A } } } fragment A on Node { x: id y: name }`;
    expect(codes(query)).toEqual(['TOO_MANY_ALIASES']);
  });
});

describe('documentLimitError', () => {
  const limits = { maxTokens: 2000, maxDirectives: 25 };
  const repeated = (directive: string, count: number) => `{ __typename ${directive.repeat(count)}}`;

  it('refuses 1,000 repeated directives in a 19 kB document within a few milliseconds', () => {
    const document = repeated('@include(if: true) ', 1000);
    expect(document.length).toBeGreaterThan(19_000);
    const started = performance.now();
    const error = documentLimitError(document, limits);
    expect(performance.now() - started).toBeLessThan(50);
    expect(error?.extensions['code']).toBe('TOO_MANY_TOKENS');
    expect(error?.message).toBe('Document has more than 2000 tokens; the limit is 2000.');
  });

  it('counts directives anywhere in the document', () => {
    const error = documentLimitError(repeated('@skip(if: false) ', 26), limits);
    expect(error?.extensions['code']).toBe('TOO_MANY_DIRECTIVES');
    expect(error?.message).toBe('Document uses 26 directives; the limit is 25.');
    const inFragments = `
      query Q($v: Boolean = true @a) { ...F @b }
      fragment F on Query { __typename @c ... @d { __typename @e } }`;
    expect(documentLimitError(inFragments, { ...limits, maxDirectives: 4 })?.message).toBe(
      'Document uses 5 directives; the limit is 4.',
    );
  });

  it('lets documents within the limits, and syntax errors, through to the GraphQL server', () => {
    expect(documentLimitError(repeated('@skip(if: false) ', 25), limits)).toBeNull();
    expect(documentLimitError(getIntrospectionQuery(), limits)).toBeNull();
    expect(documentLimitError('{ brands(first: 10 { id } }', limits)).toBeNull();
  });
});
