import { ApolloServerPlugin } from '@apollo/server';
import { ComplexityEstimator, ComplexityEstimatorArgs } from '@nestjs/graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '@relais/contracts';
import { LimitCode, limitError } from './limit-errors';

/** Expanded selections a document may have before its cost is not even computed. */
export const MAX_QUERY_NODES = 5000;
const NODE_LIMIT_MESSAGE = 'maximum allowed number of nodes';

/**
 * The cost of a connection field: its selection once per requested node (`first`, clamped to the
 * page size the services accept). Every other field costs 1 plus its children, except a connection's
 * bookkeeping (`edges`, `cursor`, `pageInfo`, `totalCount`), which costs nothing: a page of 100 brands
 * with 9 fields costs 1 + 100 × (1 + 9) = 1001.
 */
export function connectionComplexity(defaultFirst: number): ComplexityEstimator {
  return ({ args, childComplexity }: ComplexityEstimatorArgs): number => {
    const first: unknown = args['first'];
    const requested = typeof first === 'number' ? first : defaultFirst;
    return 1 + childComplexity * Math.min(Math.max(requested, 1), MAX_PAGE_SIZE);
  };
}

/** The cost of a plain list field whose length is bounded but not chosen by the caller. */
export function boundedListComplexity(expectedLength: number): ComplexityEstimator {
  return ({ childComplexity }: ComplexityEstimatorArgs): number => 1 + childComplexity * expectedLength;
}

export const COST_ESTIMATORS = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/**
 * Computes each operation's cost once the operation is known (variables included) and rejects it
 * with `QUERY_TOO_COMPLEX` above `maxCost`, before any resolver runs.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operationName ?? undefined,
              estimators: COST_ESTIMATORS,
              maxQueryNodes: MAX_QUERY_NODES,
            });
          } catch (error) {
            if (error instanceof Error && error.message.includes(NODE_LIMIT_MESSAGE)) {
              throw limitError(
                LimitCode.QueryTooComplex,
                `Operation expands to more than ${MAX_QUERY_NODES} selections; the cost limit is ${maxCost}.`,
              );
            }
            // Invalid variables: execution reports them field by field.
            return;
          }
          if (cost > maxCost) {
            throw limitError(
              LimitCode.QueryTooComplex,
              `Operation costs ${cost}; the limit is ${maxCost}. Ask for fewer items (first) or fewer fields.`,
            );
          }
        },
      };
    },
  };
}
