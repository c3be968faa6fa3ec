import { FieldError, Network, PostVariantPayload } from '@relais/contracts';

/** What a variant holds once saved. */
export interface VariantState {
  network: Network;
  customized: boolean;
  text: string;
  linkUrl: string | null;
  mediaIds: string[];
  /** The thread's parts after `text`; a variant following the base follows its parts too. */
  threadParts: string[];
  firstComment: string | null;
}

/** The base of a post: what variants that are not customised follow. */
export interface BaseState {
  baseText: string;
  linkUrl: string | null;
  mediaIds: string[];
  threadParts: string[];
}

/** The base of a saved post. */
export function baseStateOf(
  post: Pick<BaseState, 'baseText' | 'linkUrl' | 'mediaIds' | 'threadParts'>,
): BaseState {
  return {
    baseText: post.baseText,
    linkUrl: post.linkUrl,
    mediaIds: [...post.mediaIds],
    threadParts: [...post.threadParts],
  };
}

/** The order networks are listed in, everywhere. */
export const NETWORK_ORDER: readonly Network[] = [
  Network.X,
  Network.Bluesky,
  Network.Mastodon,
  Network.LinkedIn,
  Network.FacebookPage,
];

export function byNetworkOrder<T extends { network: Network }>(items: T[]): T[] {
  return [...items].sort((a, b) => NETWORK_ORDER.indexOf(a.network) - NETWORK_ORDER.indexOf(b.network));
}

/** A link as stored: trimmed, and null when blank. */
export function normalizeLink(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** A first comment as stored: null when blank. */
export function normalizeComment(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : value;
}

/**
 * Thread parts as stored: trailing whitespace trimmed from each (a blank part stays, to be refused by
 * name rather than dropped silently); absent stays absent.
 */
export function normalizeThreadParts(parts: readonly string[]): string[];
export function normalizeThreadParts(parts: readonly string[] | undefined): string[] | undefined;
export function normalizeThreadParts(parts: readonly string[] | undefined): string[] | undefined {
  return parts?.map((part) => part.trimEnd());
}

function ownChange(input: PostVariantPayload): boolean {
  return (
    input.text !== undefined ||
    input.linkUrl !== undefined ||
    input.mediaIds !== undefined ||
    input.threadParts !== undefined
  );
}

function follow(variant: VariantState, base: BaseState): VariantState {
  return {
    ...variant,
    text: base.baseText,
    linkUrl: base.linkUrl,
    mediaIds: [...base.mediaIds],
    threadParts: [...base.threadParts],
  };
}

/**
 * The variants a post has after a change: exactly one per targeted network, in network order. A new
 * network gets a variant that follows the base; a network no longer targeted loses its variant. For each
 * input entry: `customized: false` makes the variant follow the base again; text, link or media (or
 * `customized: true`) make it its own, starting from the base when it followed it; `firstComment`
 * changes the first comment either way. Entries for a network the post does not target, or two entries
 * for one network, are input errors.
 */
export function resolveVariants(
  base: BaseState,
  networks: readonly Network[],
  current: readonly VariantState[],
  inputs: readonly PostVariantPayload[] = [],
): { variants: VariantState[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const seen = new Set<Network>();
  for (const input of inputs) {
    if (seen.has(input.network)) {
      errors.push({
        field: `variants.${input.network}`,
        message: `variants has two entries for ${input.network}`,
        constraint: 'duplicate',
        params: { network: input.network },
      });
    } else if (!networks.includes(input.network)) {
      errors.push({
        field: `variants.${input.network}`,
        message: `the post targets no ${input.network} account; add one to accountIds first`,
        constraint: 'notTargeted',
        params: { network: input.network },
      });
    }
    seen.add(input.network);
  }

  const variants = NETWORK_ORDER.filter((network) => networks.includes(network)).map((network) => {
    const existing = current.find((variant) => variant.network === network);
    let variant: VariantState = existing
      ? { ...existing, mediaIds: [...existing.mediaIds], threadParts: [...existing.threadParts] }
      : follow(
          {
            network,
            customized: false,
            text: '',
            linkUrl: null,
            mediaIds: [],
            threadParts: [],
            firstComment: null,
          },
          base,
        );
    const input = inputs.find((entry) => entry.network === network);
    if (input) {
      if (input.customized === false) {
        variant = { ...variant, customized: false };
      } else if (input.customized === true || ownChange(input)) {
        if (!variant.customized) variant = { ...follow(variant, base), customized: true };
        if (input.text !== undefined) variant.text = input.text;
        if (input.linkUrl !== undefined) variant.linkUrl = normalizeLink(input.linkUrl);
        if (input.mediaIds !== undefined) variant.mediaIds = [...input.mediaIds];
        if (input.threadParts !== undefined) variant.threadParts = normalizeThreadParts(input.threadParts);
      }
      if (input.firstComment !== undefined) variant.firstComment = normalizeComment(input.firstComment);
    }
    return variant.customized ? variant : follow(variant, base);
  });
  return { variants, errors };
}

/** The fields of a variant that differ, as `variants.<network>.<field>`. */
function variantChanges(before: VariantState | undefined, after: VariantState): string[] {
  const prefix = `variants.${after.network}`;
  if (!before) return [prefix];
  const changed: string[] = [];
  if (before.customized !== after.customized) changed.push(`${prefix}.customized`);
  if (before.text !== after.text) changed.push(`${prefix}.text`);
  if (before.linkUrl !== after.linkUrl) changed.push(`${prefix}.linkUrl`);
  if (!sameList(before.mediaIds, after.mediaIds)) changed.push(`${prefix}.mediaIds`);
  if (!sameList(before.threadParts, after.threadParts)) changed.push(`${prefix}.threadParts`);
  if (before.firstComment !== after.firstComment) changed.push(`${prefix}.firstComment`);
  return changed;
}

/** The variant fields that changed between two saves (added and removed networks included). */
export function changedVariantFields(
  before: readonly VariantState[],
  after: readonly VariantState[],
): string[] {
  const changed = after.flatMap((variant) =>
    variantChanges(
      before.find((old) => old.network === variant.network),
      variant,
    ),
  );
  for (const old of before) {
    if (!after.some((variant) => variant.network === old.network)) changed.push(`variants.${old.network}`);
  }
  return changed;
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
