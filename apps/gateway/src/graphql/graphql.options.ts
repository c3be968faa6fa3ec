import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
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
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    csrfPrevention: true,
    introspection: !production,
    ...(production ? { playground: false } : { graphiql: true }),
    includeStacktraceInErrorResponses: !production,
    context: createGqlContext,
    validationRules: [depthLimitRule(config.GRAPHQL_MAX_DEPTH), aliasLimitRule(config.GRAPHQL_MAX_ALIASES)],
    plugins: [costLimitPlugin(config.GRAPHQL_MAX_COST)],
    formatError: createErrorFormatter({
      production,
      onInternalError: (error) =>
        logger.error(
          error instanceof Error ? (error.stack ?? error.message) : `Unexpected error: ${String(error)}`,
        ),
    }),
  };
}
