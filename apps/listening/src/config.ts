import { hostname } from 'node:os';
import {
  baseEnv,
  databaseEnv,
  integer,
  loadConfig,
  natsEnv,
  port,
  requiredString,
  z,
} from '@relais/server-config';

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
});

export type ListeningConfig = z.infer<typeof listeningEnv>;

export const LISTENING_CONFIG = Symbol('LISTENING_CONFIG');

export function loadListeningConfig(env?: Record<string, string | undefined>): ListeningConfig {
  return loadConfig('listening', listeningEnv, env);
}
