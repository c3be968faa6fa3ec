import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorBody, ErrorCode, FieldError } from '@relais/contracts';
import { DomainException, INTERNAL_MESSAGE, RemoteError, toErrorBody } from '@relais/server-errors';
import { inputFieldErrors } from './input-path';
import { LIMIT_CODES } from './limit-errors';

export interface ErrorFormatterOptions {
  /**
   * Send the message and stack of unexpected errors (a developer's explicit opt-in, never in
   * production). Off: every unexpected error answers "Internal server error" and its correlation id.
   */
  exposeInternalErrors: boolean;
  /** Drop graphql-js's "Did you mean ...?" hints, which would reveal the schema with introspection off. */
  hideSuggestions: boolean;
  /** The current request's correlation id, the handle to its log lines. */
  correlationId: () => string | undefined;
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
  correlationId?: string;
  stacktrace?: string[];
}

/** graphql-js's hint naming the schema's near matches: ` Did you mean "name"?`. */
const SUGGESTION = /\s*Did you mean .*\?$/s;

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
 * argument; query limits keep their own code; anything else is INTERNAL_SERVER_ERROR with the
 * request's `extensions.correlationId`, its message and stack hidden unless explicitly exposed.
 */
export function createErrorFormatter(options: ErrorFormatterOptions) {
  const internal = (formatted: GraphQLFormattedError, cause: unknown): GraphQLFormattedError => {
    options.onInternalError(cause);
    const extensions: Extensions = { code: ErrorCode.Internal };
    const correlationId = options.correlationId();
    if (correlationId) extensions.correlationId = correlationId;
    let message = INTERNAL_MESSAGE;
    if (options.exposeInternalErrors && cause instanceof Error) {
      if (cause.message) message = cause.message;
      if (cause.stack) extensions.stacktrace = cause.stack.split('\n');
    }
    return { message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions } };
  };
  const graphqlMessage = (error: GraphQLError): string =>
    options.hideSuggestions ? error.message.replace(SUGGESTION, '') : error.message;

  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = unwrapResolverError(error);
    const shape = (message: string, extensions: Extensions): GraphQLFormattedError => ({
      message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...extensions },
    });

    if (cause instanceof RemoteError || cause instanceof DomainException) {
      const body = toErrorBody(cause, { exposeInternals: false });
      if (body.code === ErrorCode.Internal) return internal(formatted, cause);
      return shape(body.message, fromBody(body));
    }

    const code = codeOf(error);
    if (code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED && error instanceof GraphQLError) {
      const limit = codeOf(error.originalError);
      if (limit && LIMIT_CODES.includes(limit)) return shape(error.message, { code: limit });
      return badUserInput(error, graphqlMessage(error), shape);
    }
    if (code === ApolloServerErrorCode.BAD_USER_INPUT && error instanceof GraphQLError) {
      return badUserInput(error, graphqlMessage(error), shape);
    }
    if (code && (LIMIT_CODES.includes(code) || REQUEST_CODES.includes(code) || DOMAIN_CODES.includes(code))) {
      return shape(formatted.message, { code });
    }
    return internal(formatted, cause);
  };
}

function badUserInput(
  error: GraphQLError,
  message: string,
  shape: (message: string, extensions: Extensions) => GraphQLFormattedError,
): GraphQLFormattedError {
  const fields = inputFieldErrors(error).map((field) => ({ ...field, message }));
  return shape(
    message,
    fields.length > 0 ? { code: ErrorCode.BadUserInput, fields } : { code: ErrorCode.BadUserInput },
  );
}
