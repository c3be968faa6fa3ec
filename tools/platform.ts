import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, onFreePorts, spawnService, SpawnedService } from '@relais/server-testing';

/**
 * Local-only secrets shared by every service of a platform started here (tests, the demo, the
 * benchmark). Real deployments get theirs from their secret store.
 */
export const LOCAL_JWT_SECRET = 'relais-local-access-token-secret-0123456789';
export const LOCAL_CREDENTIALS_KEYS = 'local1:cmVsYWlzLWxvY2FsLWNyZWRlbnRpYWxzLWtleS0zMmI=';
export const LOCAL_CREDENTIALS_ACTIVE_KEY = 'local1';
/** Signs media URLs and client review links in the content service. */
export const LOCAL_SIGNING_SECRET = 'relais-local-signing-secret-0123456789abcdef';
/** Signs the tokens the local network emulators (sandbox-networks) hand out. */
export const LOCAL_SANDBOX_SECRET = 'relais-local-sandbox-networks-secret-0123456789';

/** The network emulators' ports: health and control API, then one per network. */
export interface SandboxPorts {
  control: number;
  mastodon: number;
  bluesky: number;
  facebook: number;
  linkedin: number;
  x: number;
  /** Bluesky's Jetstream-shaped firehose (WebSocket). */
  jetstream: number;
}

/** Where each emulated network answers (base URLs), and the emulators' control API. */
export interface SandboxUrls {
  control: string;
  mastodon: string;
  bluesky: string;
  facebook: string;
  linkedin: string;
  x: string;
}

export function sandboxUrls(ports: SandboxPorts, host = '127.0.0.1'): SandboxUrls {
  const url = (port: number) => `http://${host}:${port}`;
  return {
    control: url(ports.control),
    mastodon: url(ports.mastodon),
    bluesky: url(ports.bluesky),
    facebook: url(ports.facebook),
    linkedin: url(ports.linkedin),
    x: url(ports.x),
  };
}

/** The sandbox-networks environment for these ports. */
export function sandboxEnvironment(ports: SandboxPorts): Record<string, string> {
  return {
    SANDBOX_SECRET: LOCAL_SANDBOX_SECRET,
    MASTODON_PORT: String(ports.mastodon),
    BLUESKY_PORT: String(ports.bluesky),
    FACEBOOK_PORT: String(ports.facebook),
    LINKEDIN_PORT: String(ports.linkedin),
    X_PORT: String(ports.x),
    JETSTREAM_PORT: String(ports.jetstream),
  };
}

/** The emulators' preset app on X, LinkedIn and Facebook: accounts connect with it and refresh with it. */
const SANDBOX_APP = { id: 'relais-local', secret: 'relais-local-secret' };

/** Points the publishing service's adapters at the emulators (Mastodon and Bluesky use each account's URL). */
export function publishingNetworkEnvironment(urls: SandboxUrls): Record<string, string> {
  return {
    BLUESKY_DEFAULT_PDS_URL: urls.bluesky,
    BLUESKY_VIDEO_SERVICE_URL: urls.bluesky,
    FACEBOOK_GRAPH_URL: urls.facebook,
    LINKEDIN_API_URL: urls.linkedin,
    LINKEDIN_OAUTH_URL: urls.linkedin,
    LINKEDIN_CLIENT_ID: SANDBOX_APP.id,
    LINKEDIN_CLIENT_SECRET: SANDBOX_APP.secret,
    X_API_URL: urls.x,
    X_CLIENT_ID: SANDBOX_APP.id,
  };
}

/**
 * Points the clients service's account connections at the emulators: their consent pages and token
 * endpoints, with the emulator's preset app (`relais-local`) on X, LinkedIn and Facebook.
 */
export function clientsNetworkEnvironment(urls: SandboxUrls): Record<string, string> {
  const app = SANDBOX_APP;
  return {
    X_CLIENT_ID: app.id,
    X_CLIENT_SECRET: app.secret,
    X_WEB_URL: urls.x,
    X_API_URL: urls.x,
    LINKEDIN_CLIENT_ID: app.id,
    LINKEDIN_CLIENT_SECRET: app.secret,
    LINKEDIN_OAUTH_URL: urls.linkedin,
    LINKEDIN_API_URL: urls.linkedin,
    FACEBOOK_APP_ID: app.id,
    FACEBOOK_APP_SECRET: app.secret,
    FACEBOOK_WEB_URL: urls.facebook,
    FACEBOOK_GRAPH_URL: urls.facebook,
    BLUESKY_DEFAULT_PDS_URL: urls.bluesky,
  };
}

export interface PlatformOptions {
  /** The database the services use (a test database, or the local development one). */
  databaseUrl: string;
  /** Separates this platform's NATS subjects from others sharing the server (`t1a2b.`). */
  subjectPrefix?: string;
  gatewayPort?: number;
  clientsPort?: number;
  contentPort?: number;
  publishingPort?: number;
  listeningPort?: number;
  /** The network emulators' ports (default: free ones). */
  sandboxPorts?: SandboxPorts;
  /** Where the content service keeps uploaded media (default: a fresh temporary folder). */
  mediaDir?: string;
  natsUrl?: string;
  /** Added to every service's environment (NODE_ENV, LOG_LEVEL, JWT_SECRET...). */
  env?: Record<string, string>;
  /** Added to one service's environment, by service name. */
  serviceEnv?: Record<string, Record<string, string>>;
  /** How long each service may take to answer /health/ready (default 60 s). */
  startTimeoutMs?: number;
}

export interface Platform {
  /** The gateway's base URL; the API is at `${gatewayUrl}/graphql`. */
  gatewayUrl: string;
  /** Every running app, in start order (the network emulators first, the gateway last). */
  services: SpawnedService[];
  /** The app named `name` (`sandbox-networks`, `clients`, `content`, `publishing`, `listening`, `gateway`). */
  service(name: string): SpawnedService;
  /**
   * The environment every service was started with (secrets included, for minting tokens), plus where
   * the network emulators answer (`SANDBOX_*`: the control API the demo seed asks for accounts' tokens).
   */
  env: Record<string, string>;
  /** The network emulators the publishing service sends to. */
  sandbox: SandboxUrls;
  /** Stops every service, the gateway first. */
  stop(): Promise<void>;
}

interface ServiceSpec {
  name: string;
  /** Relative to the repository root. */
  entry: string;
  port: number;
  env: Record<string, string>;
}

async function allocateSandboxPorts(): Promise<SandboxPorts> {
  return {
    control: await freePort(),
    mastodon: await freePort(),
    bluesky: await freePort(),
    facebook: await freePort(),
    linkedin: await freePort(),
    x: await freePort(),
    jetstream: await freePort(),
  };
}

/**
 * Starts the platform's services as child processes with consistent settings (one database, one NATS
 * subject prefix, one JWT secret and credentials key) and waits until each answers /health/ready:
 * the network emulators first, then the services (together), the gateway last. A new service is one
 * more entry in `services` below.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const shared: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    NATS_URL: options.natsUrl ?? 'nats://127.0.0.1:4222',
    NATS_SUBJECT_PREFIX: options.subjectPrefix ?? '',
    JWT_SECRET: LOCAL_JWT_SECRET,
    CREDENTIALS_KEYS: LOCAL_CREDENTIALS_KEYS,
    CREDENTIALS_ACTIVE_KEY: LOCAL_CREDENTIALS_ACTIVE_KEY,
    ...options.env,
  };
  const mediaDir = options.mediaDir ?? mkdtempSync(join(tmpdir(), 'relais-media-'));

  const services: SpawnedService[] = [];
  const stop = async (): Promise<void> => {
    for (const service of [...services].reverse()) await service.stop();
    services.length = 0;
  };
  const spawn = async (spec: ServiceSpec): Promise<SpawnedService> => {
    const service = await spawnService({
      name: spec.name,
      entry: spec.entry,
      env: { ...shared, ...spec.env, HTTP_PORT: String(spec.port), ...options.serviceEnv?.[spec.name] },
      healthUrl: `http://127.0.0.1:${spec.port}/health/ready`,
      timeoutMs: options.startTimeoutMs ?? 60_000,
    });
    services.push(service);
    return service;
  };
  const spawnOnPort = (fixed: number | undefined, spec: (port: number) => ServiceSpec) =>
    onFreePorts(fixed, freePort, (port) => spawn(spec(port)));

  let sandbox: SandboxUrls;
  let gatewayPort: number;
  try {
    const emulators = await onFreePorts(options.sandboxPorts, allocateSandboxPorts, (ports) =>
      spawn({
        name: 'sandbox-networks',
        entry: 'apps/sandbox-networks/src/main.ts',
        port: ports.control,
        env: sandboxEnvironment(ports),
      }),
    );
    sandbox = sandboxUrls(emulators.ports);
    const urls = sandbox;

    const started = await Promise.allSettled([
      spawnOnPort(options.clientsPort, (port) => ({
        name: 'clients',
        entry: 'apps/clients/src/main.ts',
        port,
        env: { DATABASE_URL: options.databaseUrl, ...clientsNetworkEnvironment(urls) },
      })),
      spawnOnPort(options.contentPort, (port) => ({
        name: 'content',
        entry: 'apps/content/src/main.ts',
        port,
        env: {
          DATABASE_URL: options.databaseUrl,
          SIGNING_SECRET: LOCAL_SIGNING_SECRET,
          PUBLIC_URL: `http://127.0.0.1:${port}`,
          MEDIA_DIR: mediaDir,
          // Tests and the local demo serve feeds from this machine.
          FEED_ALLOW_PRIVATE_HOSTS: 'true',
        },
      })),
      spawnOnPort(options.publishingPort, (port) => ({
        name: 'publishing',
        entry: 'apps/publishing/src/main.ts',
        port,
        env: { DATABASE_URL: options.databaseUrl, ...publishingNetworkEnvironment(urls) },
      })),
      spawnOnPort(options.listeningPort, (port) => ({
        name: 'listening',
        entry: 'apps/listening/src/main.ts',
        port,
        env: { DATABASE_URL: options.databaseUrl },
      })),
    ]);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;

    const gateway = await spawnOnPort(options.gatewayPort, (port) => ({
      name: 'gateway',
      entry: 'apps/gateway/src/main.ts',
      port,
      env: {},
    }));
    gatewayPort = gateway.ports;
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    gatewayUrl: `http://127.0.0.1:${gatewayPort}`,
    services,
    service(name: string): SpawnedService {
      const found = services.find((service) => service.name === name);
      if (!found) throw new Error(`No service named ${name} in this platform`);
      return found;
    },
    env: {
      ...shared,
      SANDBOX_CONTROL_URL: sandbox.control,
      SANDBOX_MASTODON_URL: sandbox.mastodon,
      SANDBOX_BLUESKY_URL: sandbox.bluesky,
      SANDBOX_SECRET: LOCAL_SANDBOX_SECRET,
    },
    sandbox,
    stop,
  };
}
