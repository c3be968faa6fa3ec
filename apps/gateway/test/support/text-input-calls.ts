import {
  getNamedType,
  GraphQLField,
  GraphQLID,
  GraphQLInputType,
  GraphQLString,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** One step of a path into a mutation's arguments: a property name or a list index. */
export type Step = string | number;

/** Where an example value is looked up: the input type (or mutation, for an argument) and the field. */
export interface ExampleKey {
  owner: string;
  field: string;
}

/**
 * Example values by `<InputType or mutation>.<field>` first, then by field name alone (built from the
 * seeded world, so ids are real ones).
 */
export type Examples = Record<string, unknown>;

/** A String or ID the mutation takes: its path in the variables and where its example is looked up. */
export interface TextInput {
  path: Step[];
  key: ExampleKey;
}

/** Thrown when a mutation cannot be called validly: the table lacks what a field needs. */
export class MissingExample extends Error {}

function exampleOf(examples: Examples, key: ExampleKey): unknown {
  const qualified = `${key.owner}.${key.field}`;
  if (qualified in examples) return examples[qualified];
  return key.field in examples ? examples[key.field] : undefined;
}

function isText(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return named === GraphQLString || named === GraphQLID;
}

/** Every String and ID of an input type (nested input objects and list items included). */
function textsOf(type: GraphQLInputType, path: Step[], key: ExampleKey, seen: string[]): TextInput[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return textsOf(inner.ofType, [...path, 0], key, seen);
  if (isText(inner)) return [{ path, key }];
  if (!isInputObjectType(inner) || seen.includes(inner.name)) return [];
  return Object.values(inner.getFields()).flatMap((field) =>
    textsOf(field.type, [...path, field.name], { owner: inner.name, field: field.name }, [
      ...seen,
      inner.name,
    ]),
  );
}

/** Every String and ID argument or input field of a mutation, nested included. */
export function textInputsOf(mutation: GraphQLField<unknown, unknown>): TextInput[] {
  return mutation.args.flatMap((arg) =>
    textsOf(arg.type, [arg.name], { owner: mutation.name, field: arg.name }, []),
  );
}

/**
 * A valid value of `type`: the table's example for the field, else what the type allows (an input
 * object's required fields, an enum's first value, an empty list, 1, false). A String or ID the
 * table does not know fails loudly, naming the field to add.
 */
export function validValue(type: GraphQLInputType, key: ExampleKey, examples: Examples): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  const example = exampleOf(examples, key);
  if (example !== undefined) return example;
  if (isListType(inner)) return [];
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = validValue(field.type, { owner: inner.name, field: field.name }, examples);
      }
    }
    return value;
  }
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isScalarType(inner) && inner.name === 'Int') return 1;
  if (isScalarType(inner) && inner.name === 'Float') return 1;
  if (isScalarType(inner) && inner.name === 'Boolean') return false;
  throw new MissingExample(
    `No example for ${key.owner}.${key.field} (${inner.toString()}): add one to the table of example inputs`,
  );
}

/** The valid variables of a call: every required argument. */
export function validVariables(
  mutation: GraphQLField<unknown, unknown>,
  examples: Examples,
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const arg of mutation.args) {
    if (isNonNullType(arg.type)) {
      variables[arg.name] = validValue(arg.type, { owner: mutation.name, field: arg.name }, examples);
    }
  }
  return variables;
}

/** The example text of one String or ID (a list's first item when the example is a list). */
export function exampleText(input: TextInput, examples: Examples): string {
  const example = exampleOf(examples, input.key);
  const text = Array.isArray(example) ? (example as unknown[])[0] : example;
  if (typeof text !== 'string') {
    throw new MissingExample(
      `No example text for ${input.key.owner}.${input.key.field}: add one to the table of example inputs`,
    );
  }
  return text;
}

/**
 * `variables` with `value` at `input.path`, building what is missing on the way (an optional input
 * object with its required fields, a list's first item) from the types and the examples.
 */
export function withValueAt(
  mutation: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
  input: TextInput,
  value: string,
  examples: Examples,
): Record<string, unknown> {
  const [argName, ...rest] = input.path;
  const arg = mutation.args.find((candidate) => candidate.name === argName);
  if (!arg) throw new Error(`${mutation.name} has no argument ${String(argName)}`);
  const key: ExampleKey = { owner: mutation.name, field: arg.name };
  return { ...variables, [arg.name]: place(arg.type, variables[arg.name], rest, value, key, examples) };
}

function place(
  type: GraphQLInputType,
  current: unknown,
  path: Step[],
  value: string,
  key: ExampleKey,
  examples: Examples,
): unknown {
  if (path.length === 0) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  const [step, ...rest] = path;
  if (isListType(inner) && typeof step === 'number') {
    const itemType = inner.ofType;
    const list = Array.isArray(current) ? [...(current as unknown[])] : [];
    const item: unknown = list[step] ?? validItem(itemType, key, examples);
    list[step] = place(itemType, item, rest, value, key, examples);
    return list;
  }
  if (isInputObjectType(inner) && typeof step === 'string') {
    const object = { ...((current ?? validValue(inner, key, examples)) as Record<string, unknown>) };
    const field = inner.getFields()[step];
    const fieldKey = { owner: inner.name, field: step };
    object[step] = place(field.type, object[step], rest, value, fieldKey, examples);
    return object;
  }
  throw new Error(`Cannot follow ${String(step)} into ${inner.toString()}`);
}

/** A valid first item for a list: the example list's first item, or a valid value of the item type. */
function validItem(itemType: GraphQLInputType, key: ExampleKey, examples: Examples): unknown {
  const example = exampleOf(examples, key);
  if (Array.isArray(example) && example.length > 0) return example[0] as unknown;
  const inner = isNonNullType(itemType) ? itemType.ofType : itemType;
  if (isInputObjectType(inner)) return validValue(inner, { owner: inner.name, field: '' }, examples);
  return undefined;
}

/** The field an error must name: relative to the `input` argument, list items by index. */
export function expectedField(path: Step[]): string {
  const relative = path[0] === 'input' && path.length > 1 ? path.slice(1) : path;
  return relative.join('.');
}
