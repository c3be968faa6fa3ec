import { DocumentNode, GraphQLError, parse, visit } from 'graphql';
import { LimitCode, limitError } from './limit-errors';

export interface DocumentLimits {
  /** Lexical tokens a document may hold: parsing stops at the first one over. */
  maxTokens: number;
  /** Directives a document may use, anywhere in it. */
  maxDirectives: number;
}

/** graphql-js's parse error when a document goes over `maxTokens` (its wording, typo included). */
const TOKEN_LIMIT = /Document contains more tha[nt] \d+ tokens/;

/** Every directive a document uses, wherever it stands (operations, fragments, variables). */
export function directiveCount(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Directive() {
      count += 1;
    },
  });
  return count;
}

/**
 * Why a document is refused before any validation rule sees it, or null: more tokens than
 * `maxTokens` (`TOO_MANY_TOKENS`, found while parsing, which stops there) or more directives than
 * `maxDirectives` (`TOO_MANY_DIRECTIVES`). Repeated directives are cheap to send and cost the
 * validation rules, and their error messages, far more than their size. Other syntax errors are left
 * to the GraphQL server, which reports them.
 */
export function documentLimitError(query: string, limits: DocumentLimits): GraphQLError | null {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens, noLocation: true });
  } catch (error) {
    if (error instanceof GraphQLError && TOKEN_LIMIT.test(error.message)) {
      return limitError(
        LimitCode.TooManyTokens,
        `Document has more than ${limits.maxTokens} tokens; the limit is ${limits.maxTokens}.`,
      );
    }
    return null;
  }
  const count = directiveCount(document);
  if (count > limits.maxDirectives) {
    return limitError(
      LimitCode.TooManyDirectives,
      `Document uses ${count} directives; the limit is ${limits.maxDirectives}.`,
    );
  }
  return null;
}
