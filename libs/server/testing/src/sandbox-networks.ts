import { freePort, onFreePorts } from './free-port';
import { SandboxClient, SandboxEndpoints } from './sandbox-client';
import { spawnService, SpawnedService } from './spawn-service';

export interface StartSandboxNetworksOptions {
  /** Defaults to a secret fixed for tests (tokens then survive `restart`). */
  secret?: string;
  /** Latency before every answer at start (the client can change it). */
  latencyMs?: number;
  /** Duplicate-text window (Facebook, LinkedIn, X); 0 = off. */
  duplicateWindowSeconds?: number;
  /** Extra environment for the app. */
  env?: Record<string, string>;
}

export interface SandboxNetworks {
  controlUrl: string;
  /** Base URL per network (the instanceUrl of Mastodon and Bluesky accounts, the API base for the others). */
  endpoints: SandboxEndpoints;
  client: SandboxClient;
  /** Restarts the app on the same ports: state in memory is lost, signed tokens keep working. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  process: SpawnedService;
}

const TEST_SECRET = 'relais-sandbox-networks-test-secret-0123456789';

/**
 * Spawns `apps/sandbox-networks` on free ports, waits for its health, and hands back its control
 * client and each network's base URL.
 */
export async function startSandboxNetworks(
  options: StartSandboxNetworksOptions = {},
): Promise<SandboxNetworks> {
  const allocate = async () => ({
    HTTP_PORT: await freePort(),
    MASTODON_PORT: await freePort(),
    BLUESKY_PORT: await freePort(),
    FACEBOOK_PORT: await freePort(),
    LINKEDIN_PORT: await freePort(),
    X_PORT: await freePort(),
    JETSTREAM_PORT: await freePort(),
  });
  const { ports, started: service } = await onFreePorts(undefined, allocate, (ports) =>
    spawnService({
      name: 'sandbox-networks',
      entry: 'apps/sandbox-networks/src/main.ts',
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        LISTEN_HOST: '127.0.0.1',
        PUBLIC_HOST: '127.0.0.1',
        SANDBOX_SECRET: options.secret ?? TEST_SECRET,
        LATENCY_MS: String(options.latencyMs ?? 0),
        DUPLICATE_WINDOW_SECONDS: String(options.duplicateWindowSeconds ?? 3600),
        ...Object.fromEntries(Object.entries(ports).map(([key, value]) => [key, String(value)])),
        ...options.env,
      },
      healthUrl: `http://127.0.0.1:${ports.HTTP_PORT}/health/live`,
    }),
  );
  const controlUrl = `http://127.0.0.1:${ports.HTTP_PORT}`;
  const client = new SandboxClient(controlUrl);
  const endpoints = await client.endpoints();
  return {
    controlUrl,
    endpoints,
    client,
    process: service,
    restart: () => service.restart(),
    stop: () => service.stop(),
  };
}
