import { randomBytes } from 'node:crypto';
import { freePort, onFreePorts } from './free-port';
import { spawnService, SpawnedService } from './spawn-service';
import { testEnvironment } from './test-env';

export interface SpawnClientsOptions {
  /** The database the service connects to as `relais_app`. */
  databaseUrl: string;
  subjectPrefix: string;
  /** `CREDENTIALS_KEYS`, whose key `k1` is the active one; a random key by default. */
  credentialsKeys?: string;
  poolSize?: number;
}

/**
 * The clients service as a child process, for the tests of a service that asks it about brands,
 * accounts and credentials over NATS. Resolves once it reports ready.
 */
export async function spawnClients(options: SpawnClientsOptions): Promise<SpawnedService> {
  const { started } = await onFreePorts(undefined, freePort, (port) =>
    spawnService({
      name: 'clients',
      entry: 'apps/clients/src/main.ts',
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'error',
        HTTP_PORT: String(port),
        DATABASE_URL: options.databaseUrl,
        DATABASE_POOL_SIZE: String(options.poolSize ?? 4),
        NATS_URL: testEnvironment().NATS_URL,
        NATS_SUBJECT_PREFIX: options.subjectPrefix,
        CREDENTIALS_KEYS: options.credentialsKeys ?? `k1:${randomBytes(32).toString('base64')}`,
        CREDENTIALS_ACTIVE_KEY: 'k1',
      },
      healthUrl: `http://127.0.0.1:${port}/health/ready`,
      timeoutMs: 60_000,
    }),
  );
  return started;
}
