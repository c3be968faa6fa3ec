import { z } from 'zod';
import { integer, natsServers, port, url } from './env-fields';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every app: `NODE_ENV`, `LOG_LEVEL` and the HTTP port (health, metrics, or the API itself). Apps
 * with a usual port override it: `{ ...baseEnv, HTTP_PORT: port().default(3101) }`.
 */
export const baseEnv = {
  NODE_ENV: z
    .enum(['development', 'test', 'production'], { error: 'must be development, test or production' })
    .default('development'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  HTTP_PORT: port(),
};

/** Apps on NATS. `NATS_SUBJECT_PREFIX` (e.g. `staging.`) separates environments sharing a server. */
export const natsEnv = {
  NATS_URL: natsServers().default('nats://127.0.0.1:4222'),
  NATS_SUBJECT_PREFIX: z
    .string()
    .regex(/^([A-Za-z0-9_-]+\.)*$/, { error: 'must be empty or dot-terminated words such as "staging."' })
    .default(''),
  NATS_REQUEST_TIMEOUT_MS: integer(100, 120_000).default(5000),
};

/** Apps with a Postgres schema. */
export const databaseEnv = {
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  DATABASE_POOL_SIZE: integer(1, 200).default(10),
};

/** The validated values of a shape of fields (what `z.object(shape)` parses to). */
type Parsed<Shape extends z.ZodRawShape> = z.infer<z.ZodObject<Shape>>;

/** What every app's validated configuration holds. */
export type BaseConfig = Parsed<typeof baseEnv>;
/** What the configuration of an app on NATS holds. */
export type NatsConfig = Parsed<typeof natsEnv>;
/** What the configuration of an app with a Postgres schema holds. */
export type DatabaseConfig = Parsed<typeof databaseEnv>;
