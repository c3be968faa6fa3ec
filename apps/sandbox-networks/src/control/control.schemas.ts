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
});

export const faultSchema = z.object({
  network: networkSchema,
  accountId: z.string().min(1).optional(),
  kind: z.enum(FAULT_KINDS, { error: `must be one of ${FAULT_KINDS.join(', ')}` }),
  count: whole(1, 1_000_000).default(1),
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
