import { PostView } from '@relais/contracts';
import { Guidelines } from '@relais/network-rules';
import { isoOrNull } from '@relais/server-database';
import { toCampaignView, toLabelView } from '../campaigns/campaign.view';
import { toLinkCardView } from '../link-cards';
import { PostEntity } from './post.entity';
import { baseStateOf, byNetworkOrder } from './post-draft';
import { PostViewRows, toVariantState } from './post.repository';
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
 * The views of several posts, in the order given, from their rows (`loadPostViewRows`). `guidelines` gives
 * each brand's guidelines for the warnings.
 */
export function postViews(
  posts: PostEntity[],
  rows: PostViewRows,
  guidelines: (brandId: string) => Guidelines,
): PostView[] {
  if (posts.length === 0) return [];
  const { targets, variants, postLabels, campaigns, labels, linkCards } = rows;
  const cardOf = (brandId: string, url: string | null) => {
    const card = url ? linkCards.find((row) => row.brandId === brandId && row.url === url) : undefined;
    return card ? toLinkCardView(card) : null;
  };

  const targetsOf = groupBy(targets, (row) => row.postId);
  const variantsOf = groupBy(variants, (row) => row.postId);
  const labelsOf = groupBy(postLabels, (row) => row.postId);
  return posts.map((post) => {
    const own = byNetworkOrder((variantsOf.get(post.id) ?? []).map(toVariantState));
    const campaign = campaigns.find((row) => row.id === post.campaignId);
    const base = baseStateOf(post);
    return {
      id: post.id,
      brandId: post.brandId,
      title: post.title,
      baseText: post.baseText,
      linkUrl: post.linkUrl,
      mediaIds: [...post.mediaIds],
      threadParts: [...post.threadParts],
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
      variants: own.map((variant) => ({
        ...variant,
        linkCard: cardOf(post.brandId, variant.linkUrl),
      })),
      createdAt: post.createdAt.toISOString(),
      updatedAt: post.updatedAt.toISOString(),
      guidelineWarnings: guidelineWarnings(base, own, guidelines(post.brandId)),
    };
  });
}
