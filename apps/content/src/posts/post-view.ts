import { EntityManager, In } from 'typeorm';
import { PostView } from '@relais/contracts';
import { Guidelines } from '@relais/network-rules';
import { isoOrNull } from '@relais/server-database';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { LabelEntity } from '../campaigns/label.entity';
import { toCampaignView, toLabelView } from '../campaigns/campaign.view';
import { PostEntity } from './post.entity';
import { PostLabelEntity } from './post-label.entity';
import { PostTargetEntity } from './post-target.entity';
import { PostVariantEntity } from './post-variant.entity';
import { byNetworkOrder } from './post-draft';
import { toVariantState } from './post.repository';
import { guidelineWarnings } from './post-validation';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const id = key(row);
    groups.set(id, [...(groups.get(id) ?? []), row]);
  }
  return groups;
}

/**
 * The views of several posts, in the order given, with five queries at most whatever their number: targets,
 * variants, labels and campaigns (and the labels' names). `guidelines` gives each brand's guidelines for the warnings.
 */
export async function postViews(
  manager: EntityManager,
  posts: PostEntity[],
  guidelines: (brandId: string) => Guidelines,
): Promise<PostView[]> {
  if (posts.length === 0) return [];
  const ids = posts.map((post) => post.id);
  const campaignIds = [...new Set(posts.flatMap((post) => (post.campaignId ? [post.campaignId] : [])))];
  // One connection per transaction: queries run one after the other.
  const targets = await manager.find(PostTargetEntity, { where: { postId: In(ids) } });
  const variants = await manager.find(PostVariantEntity, { where: { postId: In(ids) } });
  const postLabels = await manager.find(PostLabelEntity, { where: { postId: In(ids) } });
  const campaigns =
    campaignIds.length > 0 ? await manager.find(CampaignEntity, { where: { id: In(campaignIds) } }) : [];
  const labelIds = [...new Set(postLabels.map((row) => row.labelId))];
  const labels = labelIds.length > 0 ? await manager.find(LabelEntity, { where: { id: In(labelIds) } }) : [];

  const targetsOf = groupBy(targets, (row) => row.postId);
  const variantsOf = groupBy(variants, (row) => row.postId);
  const labelsOf = groupBy(postLabels, (row) => row.postId);
  return posts.map((post) => {
    const own = byNetworkOrder((variantsOf.get(post.id) ?? []).map(toVariantState));
    const campaign = campaigns.find((row) => row.id === post.campaignId);
    const base = { baseText: post.baseText, linkUrl: post.linkUrl, mediaIds: post.mediaIds };
    return {
      id: post.id,
      brandId: post.brandId,
      title: post.title,
      baseText: post.baseText,
      linkUrl: post.linkUrl,
      mediaIds: [...post.mediaIds],
      campaign: campaign ? toCampaignView(campaign) : null,
      labels: (labelsOf.get(post.id) ?? [])
        .flatMap((row) => labels.filter((label) => label.id === row.labelId))
        .map(toLabelView)
        .sort((a, b) => a.name.localeCompare(b.name)),
      status: post.status,
      scheduledAt: isoOrNull(post.scheduledAt),
      recurrence: post.recurrence,
      authorId: post.authorId,
      version: post.version,
      targets: byNetworkOrder(
        (targetsOf.get(post.id) ?? []).map(({ accountId, network }) => ({ accountId, network })),
      ),
      variants: own,
      createdAt: post.createdAt.toISOString(),
      updatedAt: post.updatedAt.toISOString(),
      guidelineWarnings: guidelineWarnings(base, own, guidelines(post.brandId)),
    };
  });
}
