import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { Network, PostStatus, PostVariantPayload } from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { normalizeLink, resolveVariants } from './post-draft';
import { blockingErrors } from './post-validation';

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

export interface DemoPost {
  title: string;
  baseText: string;
  linkUrl?: string;
  /** Day of the slot, counted from the first day of the current month (0 = the 1st), and its local time. */
  day: number;
  time: string;
  /** Where it stands once planned (published if its slot has passed, whatever this says). */
  status: PostStatus.Draft | PostStatus.Approved | PostStatus.Scheduled | PostStatus.Archived;
  inCampaign?: boolean;
  variants?: PostVariantPayload[];
}

/** The slot of a demo post, in the brand's time zone, relative to the current month. */
function slotOf(post: DemoPost, timezone: string, now: DateTime): DateTime {
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
 */
async function writePost(
  manager: EntityManager,
  agencyId: string,
  brand: DemoBrand,
  post: DemoPost,
  index: number,
  campaign: string,
  now: DateTime,
): Promise<void> {
  const key = `demo-post-${brand.id}-${index}`;
  const exists = await manager.query<unknown[]>(
    `SELECT 1 FROM content.posts WHERE agency_id = $1 AND idempotency_key = $2`,
    [agencyId, key],
  );
  if (exists.length > 0) return;
  const base = { baseText: post.baseText, linkUrl: normalizeLink(post.linkUrl), mediaIds: [] };
  const networks = [...new Set(brand.accounts.map((account) => account.network))];
  const { variants, errors } = resolveVariants(base, networks, [], post.variants);
  const guidelines = { bannedWords: brand.bannedWords, requiredHashtags: brand.requiredHashtags };
  const problems = [...errors, ...blockingErrors({ base, variants, media: new Map(), guidelines })];
  if (problems.length > 0) throw new Error(`Demo post "${post.title}" is invalid: ${problems[0].message}`);

  const slot = slotOf(post, brand.timezone, now);
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
  for (const account of brand.accounts) {
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
}

/**
 * The demo agency's posts: for each brand, its posts over the current and next month in various
 * statuses, some in a campaign, some with customised variants. Idempotent (each post has its key).
 */
export async function seedDemoPosts(
  transactions: TenantTransactions,
  agencyId: string,
  brands: readonly DemoBrand[],
  now: DateTime = DateTime.now(),
): Promise<number> {
  let count = 0;
  for (const brand of brands) {
    await transactions.run({ agencyId, userId: null, brandIds: null }, async (manager) => {
      const campaign = await campaignId(manager, agencyId, brand, now);
      for (const [index, post] of brand.posts.entries()) {
        await writePost(manager, agencyId, brand, post, index, campaign, now);
      }
    });
    count += brand.posts.length;
  }
  return count;
}
