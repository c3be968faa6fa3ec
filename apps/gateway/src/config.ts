import {
  baseEnv,
  boolean,
  integer,
  list,
  loadConfig,
  natsEnv,
  port,
  requiredString,
  z,
} from '@relais/server-config';

const DURATION = /^(\d+)\s*(s|m|h)?$/;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600 } as const;

/** `900`, `900s`, `15m` or `1h` → seconds, between 1 minute and 1 day. */
function duration() {
  const message = 'must be a duration such as 900s, 15m or 1h, between 1m and 24h';
  return requiredString()
    .regex(DURATION, { error: message })
    .transform((value) => {
      const [, amount, unit] = DURATION.exec(value) ?? [];
      return Number(amount) * UNIT_SECONDS[(unit ?? 's') as keyof typeof UNIT_SECONDS];
    })
    .refine((seconds) => seconds >= 60 && seconds <= 86_400, { error: message });
}

const BODY_LIMIT = /^(\d+)\s*(b|kb|mb)$/i;

/** `100kb` → bytes (the express JSON limit), at most 10mb. */
function byteSize() {
  const message = 'must be a size such as 100kb or 1mb (at most 10mb)';
  return requiredString()
    .regex(BODY_LIMIT, { error: message })
    .transform((value) => {
      const [, amount, unit] = BODY_LIMIT.exec(value) ?? [];
      const factor = { b: 1, kb: 1024, mb: 1024 * 1024 }[(unit ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb'];
      return Number(amount) * factor;
    })
    .refine((bytes) => bytes > 0 && bytes <= 10 * 1024 * 1024, { error: message });
}

export const gatewayEnv = z
  .object({
    ...baseEnv,
    HTTP_PORT: port().default(3000),
    ...natsEnv,
    /** HS256 key of the access tokens; the same value on every gateway replica. */
    JWT_SECRET: requiredString().min(32, { error: 'must be at least 32 characters' }),
    ACCESS_TOKEN_TTL: duration().default(900),
    /** Origins allowed to call the API from a browser (the console's URL). */
    CORS_ORIGINS: list().default(['http://127.0.0.1:5173', 'http://localhost:5173']),
    /**
     * Which proxies' `X-Forwarded-For` to believe for the client IP (sign-in rate limits, audit):
     * an Express `trust proxy` value such as `loopback, uniquelocal` or a hop count.
     */
    TRUST_PROXY: requiredString().default('loopback, linklocal, uniquelocal'),
    GRAPHQL_MAX_DEPTH: integer(2, 50).default(10),
    GRAPHQL_MAX_ALIASES: integer(0, 200).default(15),
    GRAPHQL_MAX_COST: integer(10, 1_000_000).default(1000),
    /** Lexical tokens a document may hold: parsing stops at the first one over. */
    GRAPHQL_MAX_TOKENS: integer(100, 100_000).default(2000),
    /** Directives a document may use, counted right after parsing, before any validation. */
    GRAPHQL_MAX_DIRECTIVES: integer(0, 1000).default(25),
    BODY_LIMIT: byteSize().default(100 * 1024),
    /** Pretty log lines for a terminal instead of JSON. */
    LOG_PRETTY: boolean().default(false),
    /**
     * Answer unexpected errors with their message and stack trace instead of "Internal server error":
     * a developer's opt-in while debugging, refused in production.
     */
    GRAPHQL_EXPOSE_INTERNAL_ERRORS: boolean().default(false),
  })
  .superRefine((config, ctx) => {
    if (config.NODE_ENV === 'production' && config.GRAPHQL_EXPOSE_INTERNAL_ERRORS) {
      ctx.addIssue({
        code: 'custom',
        path: ['GRAPHQL_EXPOSE_INTERNAL_ERRORS'],
        message: 'must not be true in production: it would send internal errors and stack traces to callers',
      });
    }
  });

export type GatewayConfig = z.infer<typeof gatewayEnv>;

/** Injection token of the gateway's validated configuration. */
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

export function loadGatewayConfig(env?: Record<string, string | undefined>): GatewayConfig {
  return loadConfig('gateway', gatewayEnv, env);
}

/** Hop count or list of trusted proxies, as Express expects it. */
export function trustProxySetting(value: string): number | string[] {
  return /^\d+$/.test(value.trim()) ? Number(value) : value.split(',').map((item) => item.trim());
}
