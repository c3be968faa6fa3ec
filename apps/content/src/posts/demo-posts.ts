import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import {
  ContentEvents,
  Network,
  PostScheduledEvent,
  PostStatus,
  PostVariantPayload,
} from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { SCHEMA } from '../migrations';
import { byNetworkOrder, normalizeLink, resolveVariants, VariantState } from './post-draft';
import { PostEntity } from './post.entity';
import { publishTargets } from './post-scheduled-event';
import { blockingErrors } from './post-validation';

/** How long after the seed runs its soon-due posts go out, unless told otherwise. */
export const DEMO_SOON_DUE_MS = 3 * 60_000;

export interface DemoPostOptions {
  /** How long after `now` the posts marked `soon` are due (default three minutes). */
  soonDueInMs?: number;
}

/** A demo brand as the seed made it. */
export interface DemoBrand {
  id: string;
  timezone: string;
  bannedWords: readonly string[];
  requiredHashtags: readonly string[];
  /** Its live accounts. */
  accounts: readonly { id: string; network: Network }[];
  campaign: { name: string; color: string };
  /** Who writes its posts (user ids), in turn. */
  authorIds: readonly string[];
  posts: readonly DemoPost[];
}

interface DemoPostContent {
  title: string;
  baseText: string;
  linkUrl?: string;
  /** Where it stands once planned (published if its slot has passed, whatever this says). */
  status: PostStatus.Draft | PostStatus.Approved | PostStatus.Scheduled | PostStatus.Archived;
  inCampaign?: boolean;
  variants?: PostVariantPayload[];
  /** The networks it goes out on (default: each of the brand's accounts). */
  networks?: readonly Network[];
}

/**
 * A demo post and its slot: a day counted from the first day of the current month (0 = the 1st) and a
 * local time, or `soon`: scheduled a few minutes after the seed runs, so that a newcomer sees it go out.
 */
export type DemoPost = DemoPostContent & ({ day: number; time: string } | { soon: true });

/** The slot of a demo post, in the brand's time zone, relative to the current month or to now. */
function slotOf(post: DemoPost, timezone: string, now: DateTime, soonDueInMs: number): DateTime {
  if ('soon' in post) return now.plus({ milliseconds: soonDueInMs }).setZone(timezone);
  const [hour, minute] = post.time.split(':').map(Number);
  return now.setZone(timezone).startOf('month').plus({ days: post.day }).set({ hour, minute });
}

async function campaignId(
  manager: EntityManager,
  agencyId: string,
  brand: DemoBrand,
  now: DateTime,
): Promise<string> {
  const month = now.setZone(brand.timezone).startOf('month');
  await manager.query(
    `INSERT INTO content.campaigns (agency_id, brand_id, name, color, starts_on, ends_on)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
    [
      agencyId,
      brand.id,
      brand.campaign.name,
      brand.campaign.color,
      month.plus({ days: 7 }).toISODate(),
      month.plus({ months: 1, days: 20 }).toISODate(),
    ],
  );
  const [row] = await manager.query<{ id: string }[]>(
    `SELECT id FROM content.campaigns WHERE agency_id = $1 AND brand_id = $2 AND lower(name) = lower($3)`,
    [agencyId, brand.id, brand.campaign.name],
  );
  return row.id;
}

/**
 * Writes one demo post with its targets, variants and history, made and checked by the same code as a
 * saved post (variants following or customised, the networks' rules, banned words). Skipped when it
 * exists. Plain SQL, so that it runs on any data source of the database (the seed uses the clients one).
 * A post still to go out is scheduled as the console schedules one: its scheduled event is written into
 * the content service's outbox in the same transaction, so the publishing service sends it when due.
 */
async function writePost(
  manager: EntityManager,
  agencyId: string,
  brand: DemoBrand,
  post: DemoPost,
  index: number,
  campaign: string,
  now: DateTime,
  soonDueInMs: number,
): Promise<void> {
  const key = `demo-post-${brand.id}-${index}`;
  const exists = await manager.query<unknown[]>(
    `SELECT 1 FROM content.posts WHERE agency_id = $1 AND idempotency_key = $2`,
    [agencyId, key],
  );
  if (exists.length > 0) return;
  const base = { baseText: post.baseText, linkUrl: normalizeLink(post.linkUrl), mediaIds: [] };
  const accounts = brand.accounts.filter(
    (account) => !post.networks || post.networks.includes(account.network),
  );
  const networks = [...new Set(accounts.map((account) => account.network))];
  const { variants, errors } = resolveVariants(base, networks, [], post.variants);
  const guidelines = { bannedWords: brand.bannedWords, requiredHashtags: brand.requiredHashtags };
  const problems = [...errors, ...blockingErrors({ base, variants, media: new Map(), guidelines })];
  if (problems.length > 0) throw new Error(`Demo post "${post.title}" is invalid: ${problems[0].message}`);

  const slot = slotOf(post, brand.timezone, now, soonDueInMs);
  const published = slot < now && post.status !== PostStatus.Archived && post.status !== PostStatus.Draft;
  const status = published ? PostStatus.Published : post.status;
  const authorId = brand.authorIds[index % brand.authorIds.length];
  const [{ id, version }] = await manager.query<{ id: string; version: number }[]>(
    `INSERT INTO content.posts (agency_id, brand_id, author_id, title, base_text, link_url, campaign_id, status,
       scheduled_at, archived_from, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id, version`,
    [
      agencyId,
      brand.id,
      authorId,
      post.title,
      base.baseText,
      base.linkUrl,
      post.inCampaign ? campaign : null,
      status,
      slot.toJSDate(),
      status === PostStatus.Archived ? PostStatus.Draft : null,
      key,
    ],
  );
  for (const account of accounts) {
    await manager.query(
      `INSERT INTO content.post_targets (agency_id, brand_id, post_id, account_id, network) VALUES ($1, $2, $3, $4, $5)`,
      [agencyId, brand.id, id, account.id, account.network],
    );
  }
  for (const variant of variants) {
    await manager.query(
      `INSERT INTO content.post_variants (agency_id, brand_id, post_id, network, customized, text, link_url, media_ids, first_comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        agencyId,
        brand.id,
        id,
        variant.network,
        variant.customized,
        variant.text,
        variant.linkUrl,
        [],
        variant.firstComment,
      ],
    );
  }
  // Raw SQL like the rest: the seed runs on a data source that knows no content entities.
  await manager.query(
    `INSERT INTO content.post_transitions (agency_id, brand_id, post_id, action, from_status, to_status, via, version, note)
     VALUES ($1, $2, $3, 'created', NULL, $4, 'system', $5, 'Demo data')`,
    [agencyId, brand.id, id, status, version],
  );
  if (status === PostStatus.Scheduled) {
    const written = Object.assign(new PostEntity(), {
      id,
      agencyId,
      brandId: brand.id,
      authorId,
      title: post.title,
      baseText: base.baseText,
      linkUrl: base.linkUrl,
      mediaIds: [],
      status,
      version,
      scheduledAt: slot.toJSDate(),
      recurrence: null,
    });
    await emitScheduled(manager, written, slot.toJSDate(), brand.timezone, { accounts, variants });
  }
}

/**
 * `evt.content.post.scheduled.v1` for a demo post just written, in its transaction: the exact texts per
 * account come from the content service's own `publishTargets`, as when the console schedules a post.
 * In the author's name, so that they are not told about their own post.
 */
async function emitScheduled(
  manager: EntityManager,
  post: PostEntity,
  dueAt: Date,
  timezone: string,
  { accounts, variants }: { accounts: readonly DemoBrand['accounts'][number][]; variants: VariantState[] },
): Promise<void> {
  const targets = publishTargets({
    post,
    targets: byNetworkOrder(accounts.map((account) => ({ accountId: account.id, network: account.network }))),
    variants: byNetworkOrder(variants),
    labelIds: [],
  });
  const data: PostScheduledEvent = {
    postId: post.id,
    brandId: post.brandId,
    title: post.title,
    status: post.status,
    version: post.version,
    authorId: post.authorId,
    scheduledAt: dueAt.toISOString(),
    timezone,
    recurrence: null,
    targets,
  };
  await new Outbox({ schema: SCHEMA }).add(manager, {
    subject: ContentEvents.postScheduled,
    envelope: {
      agencyId: post.agencyId,
      userId: post.authorId,
      role: null,
      brandIds: null,
      correlationId: `seed-${randomUUID()}`,
    },
    data,
  });
}

/**
 * The demo agency's posts: for each brand, its posts over the current and next month in various
 * statuses, some in a campaign, some with customised variants, and one due a few minutes from now.
 * Posts whose slot has passed are written published (or as drafts), never scheduled: nothing old goes
 * out when the platform starts. Idempotent (each post has its key): a post that exists is left as it
 * is and its scheduled event is not written again.
 */
export async function seedDemoPosts(
  transactions: TenantTransactions,
  agencyId: string,
  brands: readonly DemoBrand[],
  now: DateTime = DateTime.now(),
  options: DemoPostOptions = {},
): Promise<number> {
  const soonDueInMs = options.soonDueInMs ?? DEMO_SOON_DUE_MS;
  let count = 0;
  for (const brand of brands) {
    await transactions.run({ agencyId, userId: null, brandIds: null }, async (manager) => {
      const campaign = await campaignId(manager, agencyId, brand, now);
      for (const [index, post] of brand.posts.entries()) {
        await writePost(manager, agencyId, brand, post, index, campaign, now, soonDueInMs);
      }
    });
    count += brand.posts.length;
  }
  return count;
}
