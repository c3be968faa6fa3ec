/**
 * @relais/server-config: zod-validated configuration. An app declares its schema from the shared
 * fragments and its own variables, and refuses to start naming every bad variable:
 *
 * ```ts
 * export const clientsEnv = z.object({ ...baseEnv, HTTP_PORT: port().default(3101), ...natsEnv, ...databaseEnv,
 *   JWT_SECRET: requiredString() });
 * export type ClientsConfig = z.infer<typeof clientsEnv>;
 * const config = loadConfig('clients', clientsEnv);
 * ```
 */
export { z } from 'zod';
export * from './config.error';
export * from './env-fields';
export * from './shared-env';
export * from './load-config';
