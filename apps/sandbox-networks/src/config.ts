import { baseEnv, ConfigError, integer, loadConfig, requiredString, z } from '@relais/server-config';

/** Only for development and tests: production must set its own `SANDBOX_SECRET`. */
export const DEV_SANDBOX_SECRET = 'relais-sandbox-networks-development-secret';

/** A network listener's port: 0 asks for any free port (reported by `GET /control/endpoints`). */
const networkPort = (fallback: number) => integer(0, 65535).default(fallback);

export const sandboxEnv = z.object({
  ...baseEnv,
  /** Health and the control API (`/control/...`). `PORT` is read too, for hosts that set only that. */
  HTTP_PORT: integer(0, 65535).optional(),
  PORT: integer(0, 65535).optional(),
  MASTODON_PORT: networkPort(3201),
  BLUESKY_PORT: networkPort(3202),
  FACEBOOK_PORT: networkPort(3203),
  LINKEDIN_PORT: networkPort(3204),
  X_PORT: networkPort(3205),
  /** Bluesky's Jetstream (WebSocket firehose); a taken port falls back to any free one. */
  JETSTREAM_PORT: networkPort(3206),
  /** Bytes a Jetstream client may leave unread before it is dropped (close code 1008). */
  JETSTREAM_MAX_BUFFERED_BYTES: integer(1024, 1024 * 1024 * 1024).default(8 * 1024 * 1024),
  /** Interface the network listeners bind to. */
  LISTEN_HOST: requiredString().default('0.0.0.0'),
  /** Host name the reported endpoints use (what clients reach the sandbox at). */
  PUBLIC_HOST: requiredString().default('127.0.0.1'),
  /** Signs the access and refresh tokens (HMAC-SHA256); at least 32 characters. */
  SANDBOX_SECRET: requiredString()
    .refine((value) => value.length >= 32, 'must be at least 32 characters')
    .optional(),
  /** Latency added before every network answer (the control API changes it live). */
  LATENCY_MS: integer(0, 60_000).default(0),
  /** Same text by the same account within this window is refused as a duplicate (Facebook, LinkedIn, X); 0 = off. */
  DUPLICATE_WINDOW_SECONDS: integer(0, 7 * 86_400).default(3600),
  /** Redirect URIs of the preset `relais-local` app of X, LinkedIn and Facebook (comma-separated, exact match). */
  OAUTH_REDIRECT_URIS: requiredString().default(
    'http://127.0.0.1:5173/connect/callback,http://localhost:5173/connect/callback',
  ),
  /** Listened items kept in memory; beyond it the oldest are forgotten. */
  LISTENING_MAX_ITEMS: integer(1000, 5_000_000).default(200_000),
  /** How long an authorization code can be exchanged (X really allows 30 s). */
  OAUTH_CODE_TTL_SECONDS: integer(1, 3600).default(600),
});

export type SandboxConfig = Omit<z.infer<typeof sandboxEnv>, 'SANDBOX_SECRET' | 'HTTP_PORT' | 'PORT'> & {
  HTTP_PORT: number;
  SANDBOX_SECRET: string;
};

export const SANDBOX_CONFIG = Symbol('SANDBOX_CONFIG');

export function loadSandboxConfig(env?: Record<string, string | undefined>): SandboxConfig {
  const { PORT, HTTP_PORT, SANDBOX_SECRET, ...config } = loadConfig('sandbox-networks', sandboxEnv, env);
  const resolved = { ...config, HTTP_PORT: HTTP_PORT ?? PORT ?? 3200 };
  if (SANDBOX_SECRET) return { ...resolved, SANDBOX_SECRET };
  if (config.NODE_ENV === 'production') {
    throw new ConfigError('sandbox-networks', ['SANDBOX_SECRET is required in production']);
  }
  return { ...resolved, SANDBOX_SECRET: DEV_SANDBOX_SECRET };
}
