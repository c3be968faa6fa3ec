import {
  ASTVisitor,
  FragmentDefinitionNode,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { fragmentsOf } from './fragments';
import { LimitCode, limitError } from './limit-errors';

/** How deep an operation's fields nest, fragments expanded: `{ me { user { id } } }` is 3. */
export function operationDepth(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
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
          // Introspection is disabled in production and its own queries nest deeply by design.
          if (isRoot && selection.name.value.startsWith('__')) continue;
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

/** Rejects operations nesting fields deeper than `maxDepth`, with `QUERY_TOO_DEEP`. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    return {
      OperationDefinition(operation) {
        const depth = operationDepth(operation, fragments);
        if (depth > maxDepth) {
          const name = operation.name ? ` "${operation.name.value}"` : '';
          context.reportError(
            limitError(
              LimitCode.QueryTooDeep,
              `Operation${name} nests fields ${depth} levels deep; the limit is ${maxDepth}.`,
            ),
          );
        }
        return false;
      },
    };
  };
}
