import {
  baseEnv,
  boolean,
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

export const contentEnv = z
  .object({
    ...baseEnv,
    /** Health, metrics, and the media upload/download endpoints (signed URLs). */
    HTTP_PORT: port().default(3102),
    ...natsEnv,
    ...databaseEnv,
    /** Base URL at which browsers reach this service's HTTP port (media files and uploads). */
    PUBLIC_URL: url(['http:', 'https:']).default('http://127.0.0.1:3102').transform(withoutTrailingSlash),
    /** Origins allowed to upload from a browser (the console). Comma-separated. */
    CORS_ORIGINS: list()
      .default(['http://127.0.0.1:5173', 'http://localhost:5173'])
      .transform((origins) => origins.map(withoutTrailingSlash)),
    /** Signs media URLs and client review links (HMAC-SHA256). At least 32 characters. */
    SIGNING_SECRET: requiredString().refine((value) => value.length >= 32, 'must be at least 32 characters'),
    MEDIA_STORAGE: z.enum(['local', 's3']).default('local'),
    /** Folder for `MEDIA_STORAGE=local`. */
    MEDIA_DIR: requiredString().default('.data/media'),
    S3_ENDPOINT: url(['http:', 'https:']).optional(),
    S3_REGION: requiredString().default('eu-west-3'),
    S3_BUCKET: requiredString().optional(),
    S3_ACCESS_KEY_ID: requiredString().optional(),
    S3_SECRET_ACCESS_KEY: requiredString().optional(),
    S3_FORCE_PATH_STYLE: boolean().default(true),
    /** Largest upload accepted, whatever the networks allow (bytes). */
    MEDIA_MAX_BYTES: integer(1, 5 * 1024 ** 3).default(512 * 1024 ** 2),
    /** How long a signed media or upload URL stays valid. */
    MEDIA_URL_TTL_SECONDS: integer(30, 7 * 24 * 3600).default(3600),
    /** How long `ffprobe` or `ffmpeg` may run on one video before it is stopped. */
    MEDIA_TOOL_TIMEOUT_MS: integer(1000, 3_600_000).default(120_000),
    /** `smtp://user:pass@host:587` or `smtps://...`; without it, e-mail digests are not sent. */
    SMTP_URL: url(['smtp:', 'smtps:']).optional(),
    MAIL_FROM: requiredString().default('Relais <no-reply@relais.local>'),
    /** Base URL of the console, for the links in e-mails and review links. */
    CONSOLE_URL: url(['http:', 'https:']).default('http://127.0.0.1:5173').transform(withoutTrailingSlash),
    /** How often reviewers' pending notifications are gathered into one e-mail. */
    DIGEST_INTERVAL_SECONDS: integer(5, 24 * 3600).default(900),
    /** A notification waits this long before a digest takes it (read in the console meanwhile: no e-mail). */
    DIGEST_GRACE_SECONDS: integer(0, 24 * 3600).default(120),
    /** Default validity of a client review link. */
    REVIEW_LINK_TTL_HOURS: integer(1, 24 * 60).default(168),
    /** How often brand feeds are read for ideas. */
    FEED_POLL_SECONDS: integer(10, 24 * 3600).default(1800),
    FEED_TIMEOUT_MS: integer(500, 60_000).default(10_000),
    /** Let feeds live on private, loopback or link-local addresses (tests and local demos only). */
    FEED_ALLOW_PRIVATE_HOSTS: boolean().default(false),
  })
  .superRefine((config, ctx) => {
    if (config.MEDIA_STORAGE !== 's3') return;
    for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!config[key])
        ctx.addIssue({ code: 'custom', path: [key], message: 'is required when MEDIA_STORAGE=s3' });
    }
  });

export type ContentConfig = z.infer<typeof contentEnv>;

export const CONTENT_CONFIG = Symbol('CONTENT_CONFIG');

export function loadContentConfig(env?: Record<string, string | undefined>): ContentConfig {
  return loadConfig('content', contentEnv, env);
}
