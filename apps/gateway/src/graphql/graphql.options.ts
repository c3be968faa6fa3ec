import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { requestContext } from '@relais/server-logging';
import { GatewayConfig } from '../config';
import { aliasLimitRule } from './alias-limit.rule';
import { costLimitPlugin } from './complexity';
import { depthLimitRule } from './depth-limit.rule';
import { createErrorFormatter } from './error-formatter';
import { createGqlContext } from './graphql-context';

const logger = new Logger('GraphQL');

/**
 * Apollo as the gateway runs it: schema built in memory from the code (the committed file is written
 * only by `npm run schema:generate`), CSRF prevention, query limits, one error formatter, and no
 * introspection or landing page in production.
 */
export function graphqlOptions(config: GatewayConfig): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  const introspection = !production;
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    csrfPrevention: true,
    introspection,
    ...(production ? { playground: false } : { graphiql: true }),
    // The error formatter alone decides what an error shows (GRAPHQL_EXPOSE_INTERNAL_ERRORS).
    includeStacktraceInErrorResponses: false,
    context: createGqlContext,
    // The document limits middleware refuses longer documents first, with TOO_MANY_TOKENS.
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    validationRules: [depthLimitRule(config.GRAPHQL_MAX_DEPTH), aliasLimitRule(config.GRAPHQL_MAX_ALIASES)],
    plugins: [costLimitPlugin(config.GRAPHQL_MAX_COST)],
    formatError: createErrorFormatter({
      exposeInternalErrors: config.GRAPHQL_EXPOSE_INTERNAL_ERRORS,
      // "Did you mean ...?" would reveal the schema that introspection no longer shows.
      hideSuggestions: !introspection,
      correlationId: () => requestContext.get()?.correlationId,
      onInternalError: (error) =>
        logger.error(
          error instanceof Error ? (error.stack ?? error.message) : `Unexpected error: ${String(error)}`,
        ),
    }),
  };
}
