import {
  ASTVisitor,
  FragmentDefinitionNode,
  getIntrospectionQuery,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { fragmentsIn, fragmentsOf } from './fragments';
import { LimitCode, limitError } from './limit-errors';

/** Which root fields a depth is measured under: the schema's own, or introspection's (`__schema`, `__type`). */
export enum DepthOf {
  Fields = 'fields',
  Introspection = 'introspection',
}

function isIntrospection(name: string): boolean {
  return name.startsWith('__');
}

/**
 * How deep an operation's fields nest, fragments expanded: `{ me { user { id } } }` is 3. `of` chooses
 * the root fields measured: the schema's (introspection left out), or introspection's alone.
 */
export function operationDepth(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  of: DepthOf = DepthOf.Fields,
): number {
  const memo = new Map<string, number>();
  const active = new Set<string>();

  function fragmentDepth(name: string): number {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const definition = fragments.get(name);
    // An unknown fragment or a cycle is reported by the standard rules.
    if (!definition || active.has(name)) return 0;
    active.add(name);
    const depth = depthOf(definition.selectionSet, false);
    active.delete(name);
    memo.set(name, depth);
    return depth;
  }

  function depthOf(selectionSet: SelectionSetNode, isRoot: boolean): number {
    let max = 0;
    for (const selection of selectionSet.selections) {
      let depth: number;
      switch (selection.kind) {
        case Kind.FIELD:
          // Introspection nests deeper by design (`ofType { ofType ... }`): it has its own limit.
          if (isRoot && isIntrospection(selection.name.value) !== (of === DepthOf.Introspection)) continue;
          depth = 1 + (selection.selectionSet ? depthOf(selection.selectionSet, false) : 0);
          break;
        case Kind.INLINE_FRAGMENT:
          depth = depthOf(selection.selectionSet, isRoot);
          break;
        case Kind.FRAGMENT_SPREAD:
          depth = fragmentDepth(selection.name.value);
          break;
      }
      max = Math.max(max, depth);
    }
    return max;
  }

  return depthOf(operation.selectionSet, true);
}

/**
 * How deep the fullest standard introspection query nests (graphql-js's, which GraphiQL and
 * graphql-codegen send): `__schema { types { fields { type { ofType × 9 ...`.
 */
export const INTROSPECTION_MAX_DEPTH = ((): number => {
  const document = parse(
    getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    }),
  );
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('graphql-js gave an introspection query without an operation');
  return operationDepth(operation, fragmentsIn(document), DepthOf.Introspection);
})();

/**
 * Rejects operations nesting fields deeper than `maxDepth`, and introspection (`__schema`, `__type`,
 * `ofType`...) deeper than the standard introspection query, with `QUERY_TOO_DEEP`.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    return {
      OperationDefinition(operation) {
        const name = operation.name ? ` "${operation.name.value}"` : '';
        const depth = operationDepth(operation, fragments, DepthOf.Fields);
        if (depth > maxDepth) {
          context.reportError(
            limitError(
              LimitCode.QueryTooDeep,
              `Operation${name} nests fields ${depth} levels deep; the limit is ${maxDepth}.`,
            ),
          );
        }
        const introspectionDepth = operationDepth(operation, fragments, DepthOf.Introspection);
        if (introspectionDepth > INTROSPECTION_MAX_DEPTH) {
          context.reportError(
            limitError(
              LimitCode.QueryTooDeep,
              `Operation${name} nests introspection fields ${introspectionDepth} levels deep; the limit is ${INTROSPECTION_MAX_DEPTH}.`,
            ),
          );
        }
        return false;
      },
    };
  };
}
