import { GraphQLScalarType, Kind, ValueNode } from 'graphql';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function literalValue(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((item) => literalValue(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        ast.fields.map((field) => [field.name.value, literalValue(field.value, variables)]),
      );
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    case Kind.ENUM:
      return ast.value;
  }
}

/** Free-form JSON (audit entry details). Output only in practice; inputs are accepted as given. */
export const JSONScalar = new GraphQLScalarType<unknown, Json>({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value as Json,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => literalValue(ast, variables),
});
