import { Page } from '@relais/contracts';
import { Connection } from './connection.model';

/** A service's `Page<T>` as a GraphQL connection. */
export function toConnection<T>(page: Page<T>): Connection<T> {
  if (page.cursors.length !== page.items.length) {
    throw new Error(
      `A page must carry one cursor per item (${page.items.length} items, ${page.cursors.length} cursors)`,
    );
  }
  return {
    edges: page.items.map((node, index) => ({ cursor: page.cursors[index], node })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      endCursor: page.cursors.at(-1) ?? null,
    },
    totalCount: page.totalCount,
  };
}
