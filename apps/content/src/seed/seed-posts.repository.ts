import { EntityManager } from 'typeorm';
import { PostStatus, SeedCampaignPayload } from '@relais/contracts';
import { VariantState } from '../posts/post-draft';

/** The brand's campaign of this name, made when missing; its id. */
export async function ensureCampaign(
  manager: EntityManager,
  agencyId: string,
  brandId: string,
  campaign: SeedCampaignPayload,
): Promise<string> {
  await manager.query(
    `INSERT INTO content.campaigns (agency_id, brand_id, name, color, starts_on, ends_on)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
    [agencyId, brandId, campaign.name, campaign.color, campaign.startsOn, campaign.endsOn],
  );
  const [row] = await manager.query<{ id: string }[]>(
    `SELECT id FROM content.campaigns WHERE agency_id = $1 AND brand_id = $2 AND lower(name) = lower($3)`,
    [agencyId, brandId, campaign.name],
  );
  return row.id;
}

export async function postKeyExists(manager: EntityManager, agencyId: string, key: string): Promise<boolean> {
  const rows = await manager.query<unknown[]>(
    `SELECT 1 FROM content.posts WHERE agency_id = $1 AND idempotency_key = $2`,
    [agencyId, key],
  );
  return rows.length > 0;
}

export interface SeededPostRow {
  agencyId: string;
  brandId: string;
  authorId: string;
  title: string;
  baseText: string;
  linkUrl: string | null;
  campaignId: string | null;
  status: PostStatus;
  scheduledAt: Date;
  key: string;
  targets: readonly { accountId: string; network: string }[];
  variants: readonly VariantState[];
}

/** Writes a post with its targets, variants and its `created` transition; its id and version. */
export async function insertSeededPost(
  manager: EntityManager,
  post: SeededPostRow,
): Promise<{ id: string; version: number }> {
  const [{ id, version }] = await manager.query<{ id: string; version: number }[]>(
    `INSERT INTO content.posts (agency_id, brand_id, author_id, title, base_text, link_url, campaign_id, status,
       scheduled_at, archived_from, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id, version`,
    [
      post.agencyId,
      post.brandId,
      post.authorId,
      post.title,
      post.baseText,
      post.linkUrl,
      post.campaignId,
      post.status,
      post.scheduledAt,
      post.status === PostStatus.Archived ? PostStatus.Draft : null,
      post.key,
    ],
  );
  for (const target of post.targets) {
    await manager.query(
      `INSERT INTO content.post_targets (agency_id, brand_id, post_id, account_id, network) VALUES ($1, $2, $3, $4, $5)`,
      [post.agencyId, post.brandId, id, target.accountId, target.network],
    );
  }
  for (const variant of post.variants) {
    await manager.query(
      `INSERT INTO content.post_variants (agency_id, brand_id, post_id, network, customized, text, link_url, media_ids, first_comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        post.agencyId,
        post.brandId,
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
  await manager.query(
    `INSERT INTO content.post_transitions (agency_id, brand_id, post_id, action, from_status, to_status, via, version, note)
     VALUES ($1, $2, $3, 'created', NULL, $4, 'system', $5, 'Demo data')`,
    [post.agencyId, post.brandId, id, post.status, version],
  );
  return { id, version };
}
