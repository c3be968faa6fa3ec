import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorBody, ErrorCode, FieldError } from '@relais/contracts';
import { DomainException, INTERNAL_MESSAGE, RemoteError, toErrorBody } from '@relais/server-errors';
import { inputFieldErrors } from './input-path';
import { LIMIT_CODES } from './limit-errors';

export interface ErrorFormatterOptions {
  /** Hide the message of unexpected errors and never send stack traces. */
  production: boolean;
  /** Told about every unexpected error, with its stack. */
  onInternalError: (error: unknown) => void;
}

/** Request-level codes Apollo answers with that the caller can act on; kept as they are. */
const REQUEST_CODES: readonly string[] = [
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
];
const DOMAIN_CODES: readonly string[] = Object.values(ErrorCode).filter(
  (code) => code !== ErrorCode.Internal,
);

interface Extensions {
  code: string;
  fields?: FieldError[];
  retryAfter?: number;
  stacktrace?: string[];
}

function codeOf(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const code = error.extensions['code'];
  return typeof code === 'string' ? code : undefined;
}

function fromBody(body: ErrorBody): Extensions {
  const extensions: Extensions = { code: body.code };
  if (body.fields && body.fields.length > 0) extensions.fields = body.fields;
  if (body.retryAfter !== undefined) extensions.retryAfter = body.retryAfter;
  return extensions;
}

/**
 * The one place an error becomes what a GraphQL client sees: `message` and `extensions.code`, plus
 * `extensions.fields` ([{ field, message, constraint?, params? }]) for input errors and `extensions.retryAfter` when rate
 * limited. Service errors keep their code; GraphQL validation of arguments is BAD_USER_INPUT naming the
 * argument; query limits keep their own code; anything else is INTERNAL_SERVER_ERROR, its message
 * hidden in production.
 */
export function createErrorFormatter(options: ErrorFormatterOptions) {
  const internal = (formatted: GraphQLFormattedError, cause: unknown): GraphQLFormattedError => {
    options.onInternalError(cause);
    const extensions: Extensions = { code: ErrorCode.Internal };
    if (!options.production) {
      const stack = cause instanceof Error ? cause.stack : undefined;
      if (stack) extensions.stacktrace = stack.split('\n');
    }
    const message =
      options.production || !(cause instanceof Error) || !cause.message ? INTERNAL_MESSAGE : cause.message;
    return { message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions } };
  };

  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = unwrapResolverError(error);
    const shape = (message: string, extensions: Extensions): GraphQLFormattedError => ({
      message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...extensions },
    });

    if (cause instanceof RemoteError || cause instanceof DomainException) {
      const body = toErrorBody(cause, { exposeInternals: !options.production });
      if (body.code === ErrorCode.Internal) return internal(formatted, cause);
      return shape(body.message, fromBody(body));
    }

    const code = codeOf(error);
    if (code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED && error instanceof GraphQLError) {
      const limit = codeOf(error.originalError);
      if (limit && LIMIT_CODES.includes(limit)) return shape(error.message, { code: limit });
      return badUserInput(error, shape);
    }
    if (code === ApolloServerErrorCode.BAD_USER_INPUT && error instanceof GraphQLError) {
      return badUserInput(error, shape);
    }
    if (code && (LIMIT_CODES.includes(code) || REQUEST_CODES.includes(code) || DOMAIN_CODES.includes(code))) {
      return shape(formatted.message, { code });
    }
    return internal(formatted, cause);
  };
}

function badUserInput(
  error: GraphQLError,
  shape: (message: string, extensions: Extensions) => GraphQLFormattedError,
): GraphQLFormattedError {
  const fields = inputFieldErrors(error);
  return shape(
    error.message,
    fields.length > 0 ? { code: ErrorCode.BadUserInput, fields } : { code: ErrorCode.BadUserInput },
  );
}
