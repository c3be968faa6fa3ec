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

/** How many aliased fields an operation resolves, counting a fragment once per spread. */
export function operationAliasCount(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): number {
  const memo = new Map<string, number>();
  const active = new Set<string>();

  function fragmentAliases(name: string): number {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const definition = fragments.get(name);
    if (!definition || active.has(name)) return 0;
    active.add(name);
    const count = aliasesOf(definition.selectionSet);
    active.delete(name);
    memo.set(name, count);
    return count;
  }

  function aliasesOf(selectionSet: SelectionSetNode): number {
    let count = 0;
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD:
          if (selection.alias) count += 1;
          if (selection.selectionSet) count += aliasesOf(selection.selectionSet);
          break;
        case Kind.INLINE_FRAGMENT:
          count += aliasesOf(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD:
          count += fragmentAliases(selection.name.value);
          break;
      }
    }
    return count;
  }

  return aliasesOf(operation.selectionSet);
}

/**
 * Rejects operations with more than `maxAliases` aliases, with `TOO_MANY_ALIASES`: aliases let one
 * request repeat an expensive field (or a sign-in) many times.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    return {
      OperationDefinition(operation) {
        const count = operationAliasCount(operation, fragments);
        if (count > maxAliases) {
          context.reportError(
            limitError(
              LimitCode.TooManyAliases,
              `Operation uses ${count} aliases; the limit is ${maxAliases}.`,
            ),
          );
        }
        return false;
      },
    };
  };
}
