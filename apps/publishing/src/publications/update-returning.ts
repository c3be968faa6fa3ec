import { EntityManager } from 'typeorm';

/**
 * The rows of an `UPDATE … RETURNING` (TypeORM's Postgres driver answers `[rows, rowCount]` for
 * UPDATE and DELETE statements, and the rows alone for the others).
 */
export async function updateReturning<T>(
  manager: EntityManager,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const result = (await manager.query(sql, params)) as unknown;
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
