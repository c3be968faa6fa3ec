/**
 * The listening query language: parse a query a community manager writes, match it against items
 * as they stream in, and turn it into a back-search condition over stored items that gives the same
 * answers. Pure TypeScript (peggy for the grammar), run by the listening service and the console.
 */
export { parseQuery } from './parse-query';
export type { QueryParseResult } from './parse-query';
export {
  QUERY_ERROR_CODES,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
  MAX_QUERY_DEPTH,
  MAX_NEAR_DISTANCE,
  MIN_WILDCARD_PREFIX,
} from './query-errors';
export type { QueryError, QueryErrorCode } from './query-errors';
export * from './query-types';
export { prepareItem } from './prepare-item';
export type { MatchableItem, PreparedItem } from './prepare-item';
export { matches } from './match-query';
export { QueryIndex } from './query-index';
export { toSqlCondition, listeningColumns, LISTENING_COLUMNS } from './sql-condition';
export type { ListeningColumns, SqlCondition } from './sql-condition';
export { listeningSearchDdl } from './search-ddl';
export type { ListeningSearchTable } from './search-ddl';
export { formatQuery, describeQuery } from './format-query';
export { foldText } from './normalize';
