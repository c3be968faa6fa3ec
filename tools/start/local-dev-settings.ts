import {
  LOCAL_CREDENTIALS_ACTIVE_KEY,
  LOCAL_CREDENTIALS_KEYS,
  LOCAL_JWT_SECRET,
  LOCAL_SANDBOX_SECRET,
  LOCAL_SIGNING_SECRET,
  SandboxPorts,
  sandboxUrls,
} from '../platform';

/**
 * The settings `npm start` runs Relais with on a developer machine, in one place. The secrets are
 * the public local-only ones every locally started platform shares (tests, demo seed, benchmark):
 * never deploy them.
 */

export const LOCAL_DEV_PORTS = {
  gateway: 3000,
  clients: 3101,
  content: 3102,
  publishing: 3103,
  listening: 3104,
  console: 5173,
} as const;

/** The local network emulators the demo agency's accounts point at. */
export const LOCAL_SANDBOX_PORTS: SandboxPorts = {
  control: 3200,
  mastodon: 3201,
  bluesky: 3202,
  facebook: 3203,
  linkedin: 3204,
  x: 3205,
  jetstream: 3206,
};

export const LOCAL_SANDBOX_URLS = sandboxUrls(LOCAL_SANDBOX_PORTS);

export const LOCAL_DEV_URLS = {
  database: 'postgres://relais_app@127.0.0.1:5432/relais',
  nats: 'nats://127.0.0.1:4222',
  gateway: `http://127.0.0.1:${LOCAL_DEV_PORTS.gateway}`,
  content: `http://127.0.0.1:${LOCAL_DEV_PORTS.content}`,
  console: `http://127.0.0.1:${LOCAL_DEV_PORTS.console}`,
} as const;

/** Environment shared by every local process (each app reads the variables it knows). */
export function localDevEnvironment(): Record<string, string> {
  return {
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    NATS_URL: LOCAL_DEV_URLS.nats,
    NATS_SUBJECT_PREFIX: '',
    DATABASE_URL: LOCAL_DEV_URLS.database,
    JWT_SECRET: LOCAL_JWT_SECRET,
    CREDENTIALS_KEYS: LOCAL_CREDENTIALS_KEYS,
    CREDENTIALS_ACTIVE_KEY: LOCAL_CREDENTIALS_ACTIVE_KEY,
    SIGNING_SECRET: LOCAL_SIGNING_SECRET,
    SANDBOX_SECRET: LOCAL_SANDBOX_SECRET,
    MEDIA_DIR: '.data/media',
    CONSOLE_URL: LOCAL_DEV_URLS.console,
    CORS_ORIGINS: `${LOCAL_DEV_URLS.console},http://localhost:${LOCAL_DEV_PORTS.console}`,
    MAIL_FROM: 'Relais (local) <no-reply@relais.local>',
    RELAIS_GATEWAY_URL: LOCAL_DEV_URLS.gateway,
  };
}
