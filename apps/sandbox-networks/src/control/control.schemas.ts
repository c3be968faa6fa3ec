import { Network } from '@relais/contracts';
import { z } from '@relais/server-config';
import { FAULT_KINDS } from '../state/fault.repository';

/** A network by its id (`facebook` is accepted for `facebook_page`). */
export const networkSchema = z.preprocess(
  (value) => (value === 'facebook' ? Network.FacebookPage : value),
  z.enum(Network, { error: `must be one of ${Object.values(Network).join(', ')}` }),
);

const whole = (min: number, max: number) =>
  z
    .number({ error: `must be a whole number between ${min} and ${max}` })
    .int()
    .min(min)
    .max(max);

export const provisionSchema = z.object({
  network: networkSchema,
  handle: z.string().trim().min(1).max(100).optional(),
  externalId: z.string().trim().min(1).max(200).optional(),
  /** Bluesky: the app password `createSession` accepts (one is made up when absent). */
  appPassword: z.string().min(8).max(100).optional(),
  tokenTtlSeconds: whole(1, 10 * 365 * 86_400).optional(),
  /** Who signs in on the consent page to reach this account (default `demo`). */
  owner: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1 to 64 letters, digits, dots, dashes or underscores')
    .optional(),
});

/** An absolute URI (custom schemes included), without fragment, as OAuth wants a redirect URI. */
const redirectUri = z.string().refine((value) => {
  try {
    return !new URL(value).hash && !value.includes('#');
  } catch {
    return false;
  }
}, 'must be an absolute URI without fragment');

export const oauthAppSchema = z.object({
  network: networkSchema.refine(
    (network) => network !== Network.Bluesky,
    'must be a network with OAuth apps (bluesky uses app passwords)',
  ),
  clientId: z.string().trim().min(1).max(200),
  clientSecret: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(100).default('Relais'),
  redirectUris: z.array(redirectUri, { error: 'must be a list of redirect URIs' }).min(1).max(20),
  /** Mastodon: the scopes the app may ask for. */
  scopes: z.array(z.string().min(1)).max(50).optional(),
});

export const oauthCodesSchema = z.object({ ttlSeconds: whole(1, 3600) });

export const faultSchema = z.object({
  network: networkSchema,
  accountId: z.string().min(1).optional(),
  kind: z.enum(FAULT_KINDS, { error: `must be one of ${FAULT_KINDS.join(', ')}` }),
  count: whole(1, 1_000_000).default(1),
  /** The fault starts at the write after this many more (`after: 1` fails or drops the second). */
  after: whole(0, 1_000_000).default(0),
  status: whole(400, 599).optional(),
  retryAfterSeconds: whole(1, 86_400).optional(),
});

export const latencySchema = z.object({ ms: whole(0, 60_000), network: networkSchema.optional() });

export const rateLimitSchema = z.object({
  network: networkSchema,
  limit: whole(1, 100_000_000),
  windowSeconds: whole(1, 7 * 86_400),
});

/** How long uploaded videos (and what else a network processes) take before they can be posted. */
export const mediaSchema = z.object({
  processingMs: whole(0, 600_000),
  network: networkSchema.optional(),
});

export const duplicatesSchema = z.object({ windowSeconds: whole(0, 7 * 86_400) });

export const postsQuerySchema = z.object({
  network: networkSchema.optional(),
  accountId: z.string().min(1).optional(),
});
