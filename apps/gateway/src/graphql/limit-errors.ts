import { GraphQLError } from 'graphql';

/** Codes of the query limits, in `extensions.code`. */
export enum LimitCode {
  QueryTooDeep = 'QUERY_TOO_DEEP',
  TooManyAliases = 'TOO_MANY_ALIASES',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  TooManyTokens = 'TOO_MANY_TOKENS',
  TooManyDirectives = 'TOO_MANY_DIRECTIVES',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
}

export const LIMIT_CODES: readonly string[] = Object.values(LimitCode);

export function limitError(code: LimitCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}
