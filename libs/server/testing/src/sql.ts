import { Client } from 'pg';

/** The tenant variables the services set at the start of each transaction (row-level security). */
export interface TenantSettings {
  agencyId?: string;
  userId?: string;
  brandIds?: string;
}

/**
 * Runs one statement on its own connection to `url` and returns the rows. With `tenant`, it runs in a
 * transaction that first sets the tenant variables like the services set them.
 */
export async function query<T = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
  tenant?: TenantSettings,
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if (!tenant) return (await client.query(text, params)).rows as T[];
    await client.query('BEGIN');
    await client.query(
      "SELECT set_config('app.agency_id', $1, true), set_config('app.user_id', $2, true), set_config('app.brand_ids', $3, true)",
      [tenant.agencyId ?? '', tenant.userId ?? '', tenant.brandIds ?? ''],
    );
    const result = await client.query(text, params);
    await client.query('COMMIT');
    return result.rows as T[];
  } finally {
    await client.end();
  }
}
