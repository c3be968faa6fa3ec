import { ASTNode, DocumentNode, GraphQLError, Kind, parse, visit } from 'graphql';
import { FieldError } from '@relais/contracts';

/**
 * Names the input an invalid GraphQL request got wrong, the way the services name payload fields:
 * relative to the `input` argument (`guidelines.bannedWords`), or the argument itself (`first`).
 */
export function fieldName(path: readonly string[]): string {
  const relative = path[0] === 'input' && path.length > 1 ? path.slice(1) : path;
  return relative.join('.');
}

function contains(node: ASTNode, position: number): boolean {
  return node.loc !== undefined && node.loc.start <= position && position < node.loc.end;
}

/** The argument and input-object fields (outermost first) enclosing `position` in the document. */
export function inputPathAt(document: DocumentNode, position: number): string[] {
  const stack: string[] = [];
  let deepest: string[] = [];
  visit(document, {
    enter(node) {
      if (node.kind === Kind.DOCUMENT) return undefined;
      if (!contains(node, position)) return false;
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) {
        stack.push(node.name.value);
        deepest = [...stack];
      }
      return undefined;
    },
    leave(node) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) stack.pop();
    },
  });
  return deepest;
}

/** Where variable `$name` is passed: the argument / input-object path using it. */
export function variableUsagePath(document: DocumentNode, name: string): string[] {
  const stack: string[] = [];
  let found: string[] | null = null;
  visit(document, {
    enter(node) {
      if (found) return false;
      if (node.kind === Kind.VARIABLE_DEFINITION) return false;
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) stack.push(node.name.value);
      if (node.kind === Kind.VARIABLE && node.name.value === name) found = [...stack];
      return undefined;
    },
    leave(node) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) stack.pop();
    },
  });
  return found ?? [];
}

function documentOf(error: GraphQLError): DocumentNode | null {
  if (!error.source) return null;
  try {
    return parse(error.source);
  } catch {
    return null;
  }
}

const VARIABLE_ERROR = /^Variable "\$(\w+)"(?: got invalid value .*? at "([^"]+)")?/s;
const REQUIRED_ARGUMENT = /argument "(\w+)" of type "[^"]+" is required/;
const REQUIRED_INPUT_FIELD = /^Field "\w+\.(\w+)" of required type/;

/** What GraphQL refused: a missing required input, or a value of the wrong type or outside its enum. */
const REQUIRED = 'required';
const INVALID_VALUE = 'invalidValue';
const NOT_PROVIDED = /Field "(\w+)" of required type "[^"]+" was not provided/;

/**
 * The input fields a GraphQL validation or variable error is about, as `{ field, message, constraint }`:
 * `required` for a missing required argument or input field, `invalidValue` for anything else.
 */
export function inputFieldErrors(error: GraphQLError): FieldError[] {
  const message = error.message;
  const document = documentOf(error);

  const variable = VARIABLE_ERROR.exec(message);
  if (variable) {
    const [, name, at] = variable;
    const usage = document ? variableUsagePath(document, name) : [];
    const inner = at
      ? at
          .replace(/\[\d+\]/g, '')
          .split('.')
          .slice(1)
      : [];
    const missing = NOT_PROVIDED.exec(message);
    if (missing) inner.push(missing[1]);
    const path = usage.length > 0 ? [...usage, ...inner] : [name, ...inner];
    return [{ field: fieldName(path), message, constraint: missing ? REQUIRED : INVALID_VALUE }];
  }

  const position = error.nodes?.[0]?.loc?.start;
  const located = document && position !== undefined ? inputPathAt(document, position) : [];
  const requiredArgument = REQUIRED_ARGUMENT.exec(message);
  if (requiredArgument)
    return [{ field: fieldName([...located, requiredArgument[1]]), message, constraint: REQUIRED }];
  const requiredField = REQUIRED_INPUT_FIELD.exec(message);
  if (requiredField)
    return [{ field: fieldName([...located, requiredField[1]]), message, constraint: REQUIRED }];
  return located.length > 0 ? [{ field: fieldName(located), message, constraint: INVALID_VALUE }] : [];
}
