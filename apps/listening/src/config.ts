import { hostname } from 'node:os';
import {
  baseEnv,
  databaseEnv,
  boolean,
  integer,
  loadConfig,
  natsEnv,
  port,
  requiredString,
  url,
  z,
} from '@relais/server-config';

const withoutTrailingSlash = (value: string) => value.replace(/\/+$/, '');

export const listeningEnv = z.object({
  ...baseEnv,
  /** Health and metrics. */
  HTTP_PORT: port().default(3104),
  ...natsEnv,
  ...databaseEnv,
  /** Names this replica in the leases it takes on partition upkeep and polling. */
  WORKER_ID: requiredString().default(`${hostname()}-${process.pid}`),
  /** The longest an agency may keep what was heard: older items are not stored, their months dropped. */
  RETENTION_MAX_MONTHS: integer(1, 120).default(25),
  /** Months of item partitions made ahead of the current one (items dated in the future land there). */
  PARTITIONS_AHEAD_MONTHS: integer(1, 24).default(2),
  /** How often partitions are made ahead and old ones dropped. */
  PARTITION_UPKEEP_MS: integer(60_000, 7 * 24 * 3600_000).default(6 * 3600_000),
  /** false: this replica serves requests and consumes events but polls no network. */
  POLLING_ENABLED: boolean().default(true),
  /** How often a replica looks for cursors due. */
  POLL_TICK_MS: integer(100, 60_000).default(1000),
  /** Cursors claimed at once, and polled at once, by a replica. */
  POLL_BATCH_SIZE: integer(1, 1000).default(20),
  POLL_CONCURRENCY: integer(1, 200).default(8),
  /** How long a claimed cursor is this replica's before another may take it over. */
  POLL_LEASE_SECONDS: integer(5, 3600).default(60),
  /** Between two polls of a surface that answered. */
  POLL_INTERVAL_MS: integer(1000, 24 * 3600_000).default(60_000),
  /** After a failed poll, doubled each failure up to POLL_RETRY_MAX_MS. */
  POLL_RETRY_BASE_MS: integer(100, 3600_000).default(30_000),
  POLL_RETRY_MAX_MS: integer(1000, 24 * 3600_000).default(30 * 60_000),
  /** Pages read per surface and poll (the rest waits for the next poll, the cursor kept). */
  POLL_MAX_PAGES: integer(1, 100).default(5),
  HTTP_TIMEOUT_MS: integer(100, 120_000).default(15_000),
  /** Credentials read from the clients service are kept in memory this long. */
  CREDENTIALS_TTL_SECONDS: integer(1, 3600).default(180),
  /** Facebook page webhooks: the app's secret (signatures) and the verify token; both unset: webhooks off. */
  FACEBOOK_APP_SECRET: requiredString().optional(),
  FACEBOOK_WEBHOOK_VERIFY_TOKEN: requiredString().optional(),
  /** false: this replica keeps webhook deliveries but leaves reading them to others. */
  WEBHOOKS_PROCESSING_ENABLED: boolean().default(true),
  /** How often pending webhook deliveries are looked for (a delivery received wakes the reader at once). */
  WEBHOOK_TICK_MS: integer(100, 60_000).default(2000),
  BLUESKY_DEFAULT_PDS_URL: url(['http:', 'https:'])
    .default('https://bsky.social')
    .transform(withoutTrailingSlash),
  /** X API v2 (mentions and direct messages). */
  X_API_URL: url(['http:', 'https:']).default('https://api.x.com').transform(withoutTrailingSlash),
});

export type ListeningConfig = z.infer<typeof listeningEnv>;

export const LISTENING_CONFIG = Symbol('LISTENING_CONFIG');

export function loadListeningConfig(env?: Record<string, string | undefined>): ListeningConfig {
  return loadConfig('listening', listeningEnv, env);
}
