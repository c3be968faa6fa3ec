import type {
  CreatePostInput,
  Network,
  PostFieldsFragment,
  PostVariantInput,
  UpdatePostInput,
} from '@relais/web-graphql';
import { DateTime } from 'luxon';

/** One network's own content, as the composer edits it. */
export interface VariantDraft {
  customized: boolean;
  text: string;
  linkUrl: string;
  mediaIds: string[];
  /** The thread's parts after the text. */
  threadParts: string[];
  firstComment: string;
}

/** Everything the composer edits; `scheduledAt` is a wall-clock time in the brand's time zone. */
export interface ComposerDraft {
  brandId: string;
  title: string;
  baseText: string;
  linkUrl: string;
  mediaIds: string[];
  /** The thread's parts after `baseText` (part 1); empty: a single post. */
  threadParts: string[];
  accountIds: string[];
  variants: Partial<Record<Network, VariantDraft>>;
  campaignId: string | null;
  labelIds: string[];
  /** `yyyy-MM-dd HH:mm:ss` in the brand's zone, or null when not planned. */
  scheduledAt: string | null;
}

/** The order networks are shown in, as the service lists them. */
export const NETWORK_ORDER: readonly Network[] = ['X', 'BLUESKY', 'MASTODON', 'LINKEDIN', 'FACEBOOK_PAGE'];

const WALL_CLOCK = 'yyyy-MM-dd HH:mm:ss';

export function emptyDraft(brandId = ''): ComposerDraft {
  return {
    brandId,
    title: '',
    baseText: '',
    linkUrl: '',
    mediaIds: [],
    threadParts: [],
    accountIds: [],
    variants: {},
    campaignId: null,
    labelIds: [],
    scheduledAt: null,
  };
}

/** The networks of the chosen accounts, in network order. */
export function targetedNetworks(
  draft: Pick<ComposerDraft, 'accountIds'>,
  accounts: readonly { id: string; network: Network }[],
): Network[] {
  const chosen = new Set(
    accounts.filter((account) => draft.accountIds.includes(account.id)).map((account) => account.network),
  );
  return NETWORK_ORDER.filter((network) => chosen.has(network));
}

/** What a network receives: its own content when customised, else the base (its first comment either way). */
export function effectiveVariant(draft: ComposerDraft, network: Network): VariantDraft {
  const own = draft.variants[network];
  if (own?.customized) return own;
  return {
    customized: false,
    text: draft.baseText,
    linkUrl: draft.linkUrl,
    mediaIds: draft.mediaIds,
    threadParts: draft.threadParts,
    firstComment: own?.firstComment ?? '',
  };
}

/** Makes a network's variant its own, starting from what it shows now. */
export function customise(draft: ComposerDraft, network: Network): ComposerDraft {
  const current = effectiveVariant(draft, network);
  return { ...draft, variants: { ...draft.variants, [network]: { ...current, customized: true } } };
}

/** Makes a network's variant follow the base again (its first comment stays). */
export function followBase(draft: ComposerDraft, network: Network): ComposerDraft {
  const firstComment = draft.variants[network]?.firstComment ?? '';
  return {
    ...draft,
    variants: {
      ...draft.variants,
      [network]: { customized: false, text: '', linkUrl: '', mediaIds: [], threadParts: [], firstComment },
    },
  };
}

export function updateVariant(
  draft: ComposerDraft,
  network: Network,
  change: Partial<VariantDraft>,
): ComposerDraft {
  const current = draft.variants[network] ?? effectiveVariant(draft, network);
  return { ...draft, variants: { ...draft.variants, [network]: { ...current, ...change } } };
}

/** A new empty part at the end of a thread. */
export function addThreadPart(parts: readonly string[]): string[] {
  return [...parts, ''];
}

/** The thread without its part at `index`. */
export function removeThreadPart(parts: readonly string[], index: number): string[] {
  return parts.filter((_, at) => at !== index);
}

/** The thread with the part at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveThreadPart(parts: readonly string[], index: number, step: -1 | 1): string[] {
  const target = index + step;
  if (index < 0 || index >= parts.length || target < 0 || target >= parts.length) return [...parts];
  const moved = [...parts];
  [moved[index], moved[target]] = [moved[target] ?? '', moved[index] ?? ''];
  return moved;
}

/** The thread with the part at `index` rewritten. */
export function editThreadPart(parts: readonly string[], index: number, text: string): string[] {
  return parts.map((part, at) => (at === index ? text : part));
}

/** The composer's draft of a saved post, its planned time read in the brand's zone. */
export function draftFromPost(post: PostFieldsFragment, zone: string): ComposerDraft {
  const variants: Partial<Record<Network, VariantDraft>> = {};
  for (const variant of post.variants) {
    variants[variant.network] = {
      customized: variant.customized,
      text: variant.text,
      linkUrl: variant.linkUrl ?? '',
      mediaIds: [...variant.mediaIds],
      threadParts: [...variant.threadParts],
      firstComment: variant.firstComment ?? '',
    };
  }
  return {
    brandId: post.brandId,
    title: post.title,
    baseText: post.baseText,
    linkUrl: post.linkUrl ?? '',
    mediaIds: [...post.mediaIds],
    threadParts: [...post.threadParts],
    accountIds: post.targets.map((target) => target.accountId),
    variants,
    campaignId: post.campaign?.id ?? null,
    labelIds: post.labels.map((label) => label.id),
    scheduledAt: post.scheduledAt
      ? DateTime.fromISO(post.scheduledAt).setZone(zone).toFormat(WALL_CLOCK)
      : null,
  };
}

/** The instant (ISO, UTC) a wall-clock time of the brand's zone means; null when empty or unreadable. */
export function instantOf(wallClock: string | null, zone: string): string | null {
  if (!wallClock) return null;
  const local = DateTime.fromFormat(wallClock, WALL_CLOCK, { zone });
  return local.isValid ? local.toUTC().toISO() : null;
}

function variantInputs(draft: ComposerDraft, networks: readonly Network[]): PostVariantInput[] {
  return networks.map((network) => {
    const variant = effectiveVariant(draft, network);
    return variant.customized
      ? {
          network,
          customized: true,
          text: variant.text,
          linkUrl: variant.linkUrl.trim(),
          mediaIds: variant.mediaIds,
          threadParts: variant.threadParts,
          firstComment: variant.firstComment,
        }
      : { network, customized: false, firstComment: variant.firstComment };
  });
}

export function toCreateInput(
  draft: ComposerDraft,
  networks: readonly Network[],
  zone: string,
): CreatePostInput {
  return {
    brandId: draft.brandId,
    title: draft.title.trim(),
    baseText: draft.baseText,
    linkUrl: draft.linkUrl.trim() || null,
    mediaIds: draft.mediaIds,
    threadParts: draft.threadParts,
    accountIds: draft.accountIds,
    variants: variantInputs(draft, networks),
    campaignId: draft.campaignId,
    labelIds: draft.labelIds,
    scheduledAt: instantOf(draft.scheduledAt, zone),
  };
}

/** Every field, so that what is on screen is what is saved (the service ignores what did not change). */
export function toUpdateInput(
  draft: ComposerDraft,
  networks: readonly Network[],
  zone: string,
  post: { id: string; version: number },
): UpdatePostInput {
  return {
    id: post.id,
    version: post.version,
    title: draft.title.trim(),
    baseText: draft.baseText,
    linkUrl: draft.linkUrl.trim() || null,
    mediaIds: draft.mediaIds,
    threadParts: draft.threadParts,
    accountIds: draft.accountIds,
    variants: variantInputs(draft, networks),
    campaignId: draft.campaignId,
    labelIds: draft.labelIds,
    scheduledAt: instantOf(draft.scheduledAt, zone),
  };
}
