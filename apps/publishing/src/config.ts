import { hostname } from 'node:os';
import {
  baseEnv,
  boolean,
  databaseEnv,
  integer,
  loadConfig,
  natsEnv,
  port,
  requiredString,
  url,
  z,
} from '@relais/server-config';
import { Network } from '@relais/contracts';
import { NetworksConfig } from './networks/networks.module';

const withoutTrailingSlash = (value: string) => value.replace(/\/+$/, '');

/** `mastodon=64,bluesky=32`: how many requests may be in flight at once per network. */
const concurrencyMap = () =>
  z
    .string()
    .default('')
    .transform((value, ctx) => {
      const limits: Partial<Record<Network, number>> = {};
      for (const part of value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)) {
        const [name, count] = part.split('=');
        const parsed = Number(count);
        if (!Object.values(Network).includes(name as Network) || !Number.isInteger(parsed) || parsed < 1) {
          ctx.addIssue({ code: 'custom', message: `"${part}" is not <network>=<whole number of 1 or more>` });
          continue;
        }
        limits[name as Network] = parsed;
      }
      return limits;
    });

export const publishingEnv = z.object({
  ...baseEnv,
  /** Health and metrics. */
  HTTP_PORT: port().default(3103),
  ...natsEnv,
  ...databaseEnv,
  /** Names this replica in leases and attempts. */
  WORKER_ID: requiredString().default(`${hostname()}-${process.pid}`),
  /** false: this replica serves reads and consumes events but sends nothing (e.g. a read-only replica). */
  DISPATCH_ENABLED: boolean().default(true),
  /** Credentials of accounts with publications due within this window are fetched ahead. */
  CREDENTIALS_PREFETCH_MS: integer(0, 3600_000).default(30_000),
  /** Publications due within this window are claimed ahead, so that requests leave at the due instant. */
  DISPATCH_LOOKAHEAD_MS: integer(0, 60_000).default(2000),
  /** Rows claimed (and written back) per statement. */
  DISPATCH_BATCH_SIZE: integer(1, 5000).default(500),
  /** Outcomes written per statement; a full batch is written at once. */
  OUTCOME_BATCH_SIZE: integer(1, 5000).default(100),
  /** The longest an outcome waits in memory before its write starts (what a crash can leave unrecorded). */
  OUTCOME_FLUSH_MS: integer(1, 10_000).default(50),
  /** How long a claim holds before another replica may take the publication over. */
  LEASE_SECONDS: integer(5, 3600).default(30),
  /** Requests in flight per network (default for networks not named: 256). */
  NETWORK_CONCURRENCY: concurrencyMap(),
  DEFAULT_NETWORK_CONCURRENCY: integer(1, 10_000).default(256),
  /** Requests in flight per account. */
  ACCOUNT_CONCURRENCY: integer(1, 100).default(4),
  MAX_ATTEMPTS: integer(1, 50).default(6),
  /** First retry delay; doubled each attempt, capped, with jitter. */
  RETRY_BASE_MS: integer(10, 600_000).default(5000),
  RETRY_MAX_MS: integer(100, 24 * 3600_000).default(15 * 60_000),
  HTTP_TIMEOUT_MS: integer(100, 120_000).default(15_000),
  /** How long the content service may take to answer a publication's media renditions. */
  MEDIA_SOURCES_TIMEOUT_MS: integer(100, 120_000).default(10_000),
  /** Upper bound of one media upload (downloading the rendition and sending it to the network). */
  MEDIA_UPLOAD_TIMEOUT_MS: integer(1000, 3600_000).default(5 * 60_000),
  /** Files read from the content service at once by this process (the others wait their turn). */
  MEDIA_TRANSFER_CONCURRENCY: integer(1, 1000).default(16),
  /** How long a network may take to process uploaded media before the send fails (step `processing`). */
  MEDIA_PROCESSING_TIMEOUT_MS: integer(100, 3600_000).default(10 * 60_000),
  /** Tokens are refreshed this long before they expire. */
  TOKEN_REFRESH_MARGIN_SECONDS: integer(10, 7 * 24 * 3600).default(600),
  /** Credentials read from the clients service are kept in memory this long. */
  CREDENTIALS_TTL_SECONDS: integer(1, 3600).default(180),
  /** A safety re-check of due work when no notification came (the timer at the next due instant is the rule). */
  SAFETY_RECHECK_MS: integer(1000, 3600_000).default(60_000),
  BLUESKY_DEFAULT_PDS_URL: url(['http:', 'https:'])
    .default('https://bsky.social')
    .transform(withoutTrailingSlash),
  BLUESKY_VIDEO_SERVICE_URL: url(['http:', 'https:'])
    .default('https://video.bsky.app')
    .transform(withoutTrailingSlash),
  FACEBOOK_GRAPH_URL: url(['http:', 'https:'])
    .default('https://graph.facebook.com')
    .transform(withoutTrailingSlash),
  FACEBOOK_GRAPH_VERSION: requiredString().default('v23.0'),
  LINKEDIN_API_URL: url(['http:', 'https:'])
    .default('https://api.linkedin.com')
    .transform(withoutTrailingSlash),
  LINKEDIN_OAUTH_URL: url(['http:', 'https:'])
    .default('https://www.linkedin.com')
    .transform(withoutTrailingSlash),
  LINKEDIN_VERSION: z
    .string()
    .regex(/^\d{6}$/, { error: 'must be YYYYMM' })
    .default('202510'),
  LINKEDIN_CLIENT_ID: requiredString().optional(),
  LINKEDIN_CLIENT_SECRET: requiredString().optional(),
  X_API_URL: url(['http:', 'https:']).default('https://api.x.com').transform(withoutTrailingSlash),
  X_CLIENT_ID: requiredString().optional(),
});

export type PublishingConfig = z.infer<typeof publishingEnv>;

export const PUBLISHING_CONFIG = Symbol('PUBLISHING_CONFIG');

export function loadPublishingConfig(env?: Record<string, string | undefined>): PublishingConfig {
  return loadConfig('publishing', publishingEnv, env);
}

/** What the network adapters need of the configuration. */
export function networksConfigOf(config: PublishingConfig): NetworksConfig {
  return {
    blueskyDefaultPdsUrl: config.BLUESKY_DEFAULT_PDS_URL,
    blueskyVideoServiceUrl: config.BLUESKY_VIDEO_SERVICE_URL,
    facebookGraphUrl: config.FACEBOOK_GRAPH_URL,
    facebookGraphVersion: config.FACEBOOK_GRAPH_VERSION,
    linkedinApiUrl: config.LINKEDIN_API_URL,
    linkedinOauthUrl: config.LINKEDIN_OAUTH_URL,
    linkedinVersion: config.LINKEDIN_VERSION,
    linkedinClientId: config.LINKEDIN_CLIENT_ID,
    linkedinClientSecret: config.LINKEDIN_CLIENT_SECRET,
    xApiUrl: config.X_API_URL,
    xClientId: config.X_CLIENT_ID,
    httpTimeoutMs: config.HTTP_TIMEOUT_MS,
    mediaUploadTimeoutMs: config.MEDIA_UPLOAD_TIMEOUT_MS,
    mediaProcessingTimeoutMs: config.MEDIA_PROCESSING_TIMEOUT_MS,
  };
}
