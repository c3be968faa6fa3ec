import { DocumentNode, FragmentDefinitionNode, Kind, ValidationContext } from 'graphql';

/** A document's fragment definitions by name. */
export function fragmentsIn(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** The validated document's fragment definitions by name. */
export function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  return fragmentsIn(context.getDocument());
}
