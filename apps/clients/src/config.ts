import {
  baseEnv,
  databaseEnv,
  integer,
  loadConfig,
  natsEnv,
  port,
  requiredString,
  url,
  z,
} from '@relais/server-config';

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
