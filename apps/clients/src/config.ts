import {
  baseEnv,
  databaseEnv,
  integer,
  list,
  loadConfig,
  natsEnv,
  port,
  requiredString,
  url,
  z,
} from '@relais/server-config';

const withoutTrailingSlash = (value: string) => value.replace(/\/+$/, '');

/** A base URL of a network's host (the emulator's locally and in tests), without trailing slash. */
const baseUrl = (fallback: string) =>
  url(['http:', 'https:']).default(fallback).transform(withoutTrailingSlash);

const KEY_ENTRY = /^([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/=]+)$/;

/** `k1:<base64 of 32 bytes>,k2:...` → key id → key. */
function credentialsKeys() {
  return requiredString().transform((value, ctx) => {
    const keys = new Map<string, Buffer>();
    for (const entry of value.split(',').map((part) => part.trim())) {
      const match = KEY_ENTRY.exec(entry);
      const key = match ? Buffer.from(match[2], 'base64') : undefined;
      if (!match || !key || key.length !== 32) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be comma-separated id:key pairs, each key the base64 of 32 random bytes',
        });
        return z.NEVER;
      }
      keys.set(match[1], key);
    }
    return keys;
  });
}

export const clientsEnv = z
  .object({
    ...baseEnv,
    HTTP_PORT: port().default(3101),
    ...natsEnv,
    ...databaseEnv,
    CREDENTIALS_KEYS: credentialsKeys(),
    CREDENTIALS_ACTIVE_KEY: requiredString(),
    /** `smtp://user:pass@host:587` or `smtps://...`; without it, invitation links are only shown to the inviter. */
    SMTP_URL: url(['smtp:', 'smtps:']).optional(),
    MAIL_FROM: requiredString().default('Relais <no-reply@relais.local>'),
    /** Base URL of the console, for the links in e-mails. */
    CONSOLE_URL: url(['http:', 'https:'])
      .default('http://127.0.0.1:5173')
      .transform((value) => value.replace(/\/+$/, '')),
    INVITATION_TTL_HOURS: integer(1, 24 * 90).default(168),
    REFRESH_TTL_DAYS: integer(1, 365).default(30),
    /** Failed sign-ins allowed per e-mail, then per IP, within the window. */
    SIGNIN_MAX_ATTEMPTS: integer(1, 1000).default(10),
    SIGNIN_MAX_ATTEMPTS_PER_IP: integer(1, 100_000).default(50),
    SIGNIN_WINDOW_MINUTES: integer(1, 24 * 60).default(15),
    /** Where the networks may send people back after consent: the exact list a connection may name. */
    CONNECT_REDIRECT_URIS: list()
      .default(['http://127.0.0.1:5173/connect/callback', 'http://localhost:5173/connect/callback'])
      .refine((uris) => uris.every((uri) => URL.canParse(uri)), {
        error: 'must be comma-separated absolute URLs',
      }),
    /** The console's connect-link page: a link's URL is `<this>/<token>`. */
    CONNECT_LINK_BASE_URL: baseUrl('http://127.0.0.1:5173/connect'),
    /** Minutes a person has to consent and come back. */
    CONNECT_ATTEMPT_TTL_MINUTES: integer(1, 60).default(15),
    HTTP_TIMEOUT_MS: integer(100, 120_000).default(15_000),
    X_CLIENT_ID: requiredString().optional(),
    X_CLIENT_SECRET: requiredString().optional(),
    /** Where the consent page is (x.com), and the API (token, identity). */
    X_WEB_URL: baseUrl('https://x.com'),
    X_API_URL: baseUrl('https://api.x.com'),
    LINKEDIN_CLIENT_ID: requiredString().optional(),
    LINKEDIN_CLIENT_SECRET: requiredString().optional(),
    LINKEDIN_OAUTH_URL: baseUrl('https://www.linkedin.com'),
    LINKEDIN_API_URL: baseUrl('https://api.linkedin.com'),
    LINKEDIN_VERSION: z
      .string()
      .regex(/^\d{6}$/, { error: 'must be YYYYMM' })
      .default('202510'),
    FACEBOOK_APP_ID: requiredString().optional(),
    FACEBOOK_APP_SECRET: requiredString().optional(),
    FACEBOOK_WEB_URL: baseUrl('https://www.facebook.com'),
    FACEBOOK_GRAPH_URL: baseUrl('https://graph.facebook.com'),
    FACEBOOK_GRAPH_VERSION: requiredString().default('v23.0'),
    BLUESKY_DEFAULT_PDS_URL: baseUrl('https://bsky.social'),
    /** The name of the app Relais registers on each Mastodon instance (shown on its consent page). */
    MASTODON_APP_NAME: requiredString().default('Relais'),
  })
  .superRefine((config, ctx) => {
    if (!config.CREDENTIALS_KEYS.has(config.CREDENTIALS_ACTIVE_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['CREDENTIALS_ACTIVE_KEY'],
        message: `must be one of the key ids in CREDENTIALS_KEYS (${[...config.CREDENTIALS_KEYS.keys()].join(', ')})`,
      });
    }
  });

export type ClientsConfig = z.infer<typeof clientsEnv>;

export const CLIENTS_CONFIG = Symbol('CLIENTS_CONFIG');

export function loadClientsConfig(env?: Record<string, string | undefined>): ClientsConfig {
  return loadConfig('clients', clientsEnv, env);
}
