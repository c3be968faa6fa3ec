import { Network } from '@relais/contracts';
import { z } from '@relais/server-config';
import { networkSchema } from '../control/control.schemas';
import { LISTENING_KINDS } from './listening-item';

const kindSchema = z.enum(LISTENING_KINDS, { error: `must be one of ${LISTENING_KINDS.join(', ')}` });

const authorSchema = z.object({
  id: z.string().trim().min(1).max(200).optional(),
  handle: z
    .string()
    .trim()
    .regex(/^@?[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/, 'must be a handle (letters, digits, _ . -)')
    .transform((handle) => handle.replace(/^@/, '')),
  displayName: z.string().trim().min(1).max(100).optional(),
  avatarUrl: z.url().optional(),
});

export const itemSchema = z.object({
  network: networkSchema,
  kind: kindSchema,
  /** Handle of the account concerned. */
  account: z.string().trim().min(1).max(200).optional(),
  /** The post or comment answered. */
  postId: z.string().trim().min(1).max(300).optional(),
  text: z.string().min(1).max(10_000),
  author: authorSchema.default({ handle: 'someone' }),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as fr or en')
    .default('en'),
  createdAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }).optional(),
});

export type ItemBody = z.infer<typeof itemSchema>;

/** Several items at once. */
export const itemsSchema = z.object({ items: z.array(itemSchema).min(1).max(10_000) });

const count = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number between ${min} and ${max}` })
    .int()
    .min(min)
    .max(max);

export const itemsQuerySchema = z.object({
  network: networkSchema.optional(),
  kind: kindSchema.optional(),
  accountId: z.string().min(1).optional(),
  topic: z.string().min(1).optional(),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional(),
  /** Words the text contains (case-insensitive). */
  q: z.string().min(1).max(200).optional(),
  /** Only items that arrived after this sequence number. */
  afterSeq: count(0, Number.MAX_SAFE_INTEGER).optional(),
  limit: count(1, 1000).default(100),
});

const topicSchema = z.object({
  brand: z.string().trim().min(1).max(100),
  handles: z
    .record(z.string(), z.string().trim().min(1).max(200))
    .default({})
    .refine(
      (handles) => Object.keys(handles).every((name) => networkSchema.safeParse(name).success),
      `keys must be networks (${Object.values(Network).join(', ')})`,
    )
    .transform(
      (handles) =>
        Object.fromEntries(
          Object.entries(handles).map(([name, handle]) => [
            networkSchema.parse(name),
            handle.replace(/^@/, ''),
          ]),
        ) as Partial<Record<Network, string>>,
    ),
  keywords: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
});

const rate = z.number({ error: 'must be a number of items per second' }).min(0).max(20_000);

export const streamSchema = z.object({
  ratePerSecond: rate,
  networks: z.array(networkSchema).min(1).default(Object.values(Network)),
  topics: z.array(topicSchema).min(1, 'must name at least one topic').max(100),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
});

export const crisisSchema = z.object({
  brand: z.string().trim().min(1).max(100),
  ratePerSecond: rate.refine((value) => value > 0, 'must be more than 0'),
  durationSeconds: z.number().min(1).max(86_400),
  negativeShare: z.number().min(0).max(1).default(0.8),
  /** For a brand the stream does not cover: where it is and what people call it. */
  handles: topicSchema.shape.handles.optional(),
  keywords: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  networks: z.array(networkSchema).min(1).optional(),
});
