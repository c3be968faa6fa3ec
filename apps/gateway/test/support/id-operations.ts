import {
  getNamedType,
  GraphQLArgument,
  GraphQLID,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isInputObjectType,
} from 'graphql';

/** Whether an input type is, holds, or (through input objects) contains an ID. */
function carriesId(type: GraphQLInputType, seen: Set<string>): boolean {
  const named = getNamedType(type);
  if (named === GraphQLID) return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => carriesId(field.type, seen));
}

function takesId(args: readonly GraphQLArgument[]): boolean {
  return args.some((arg) => carriesId(arg.type, new Set()));
}

/**
 * Every query and mutation that takes an ID, directly or in an input object (at any depth), as
 * `Query.brand`, `Mutation.updateBrand`...
 */
export function operationsTakingIds(schema: GraphQLSchema): string[] {
  const roots: (GraphQLObjectType | null | undefined)[] = [schema.getQueryType(), schema.getMutationType()];
  return roots.flatMap((root) =>
    root
      ? Object.values(root.getFields())
          .filter((field) => takesId(field.args))
          .map((field) => `${root.name}.${field.name}`)
      : [],
  );
}
