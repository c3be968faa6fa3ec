import { countFirstComment, textLimits, threadPartLimits } from './count';
import { mediaViolations } from './media';
import { rulesFor } from './rules';
import { NetworkName, RuleOptions, VariantInput, Violation } from './types';

/** Where the link of a variant ends up: in the text, or as the network's own link attachment. */
export type LinkPlacement = 'none' | 'text' | 'card';

function present(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Where `linkUrl` goes on this network: appended to the text where the network has no link field (X,
 * Mastodon) or where the post's media take the only attachment slot (Bluesky, LinkedIn, Facebook);
 * otherwise as the link card.
 */
export function linkPlacement(
  network: NetworkName,
  variant: Pick<VariantInput, 'linkUrl' | 'media'>,
): LinkPlacement {
  if (!present(variant.linkUrl)) return 'none';
  return rulesFor(network).link === 'text' || variant.media.length > 0 ? 'text' : 'card';
}

/**
 * The text the network receives: the variant's text, with its link appended on a new paragraph where
 * the link goes in the text and is not already written there. This is what is counted, so the console
 * shows the same count as the network.
 */
export function publishedText(
  network: NetworkName,
  variant: Pick<VariantInput, 'text' | 'linkUrl' | 'media'>,
): string {
  const link = present(variant.linkUrl);
  if (!link || linkPlacement(network, variant) !== 'text' || variant.text.includes(link)) {
    return variant.text;
  }
  const body = variant.text.trimEnd();
  return body === '' ? link : `${body}\n\n${link}`;
}

/** An absolute http(s) URL to a named host (`https://example.com/page`). */
export function isValidLinkUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function textViolations(
  network: NetworkName,
  variant: VariantInput,
  options: RuleOptions | undefined,
): Violation[] {
  const text = publishedText(network, variant);
  const hasCard = linkPlacement(network, variant) === 'card';
  if (text.trim() === '' && variant.media.length === 0 && !hasCard) {
    return [{ network, field: 'text', rule: 'EMPTY', params: {} }];
  }
  return textLimits(network, text, options)
    .filter(({ used, limit }) => used > limit)
    .map(({ used, limit, unit }) => ({
      network,
      field: 'text',
      rule: 'TOO_LONG',
      params: { used, limit, unit },
    }));
}

function firstCommentViolations(
  network: NetworkName,
  firstComment: string | null | undefined,
  options: RuleOptions | undefined,
): Violation[] {
  const comment = present(firstComment);
  if (!comment) return [];
  const count = countFirstComment(network, comment, options);
  if (!count) {
    return [{ network, field: 'firstComment', rule: 'FIRST_COMMENT_UNSUPPORTED', params: {} }];
  }
  if (count.used <= count.limit) return [];
  const { used, limit, unit } = count;
  return [{ network, field: 'firstComment', rule: 'TOO_LONG', params: { used, limit, unit } }];
}

/**
 * The thread's parts after the text: each non-empty and within the limits of `threadPartLimits`, at most
 * `thread.maxParts` parts in all, and where the second part becomes the first comment, not both.
 * Violations carry the part's `index` in `threadParts`.
 */
function threadViolations(
  network: NetworkName,
  variant: VariantInput,
  options: RuleOptions | undefined,
): Violation[] {
  const parts = variant.threadParts ?? [];
  if (parts.length === 0) return [];
  const { thread } = rulesFor(network, options);
  const violations: Violation[] = [];
  const allowed = thread.maxParts - 1;
  if (parts.length > allowed) {
    violations.push({
      network,
      field: 'threadParts',
      rule: 'THREAD_UNSUPPORTED',
      params: { maxParts: thread.maxParts },
      index: allowed,
    });
  }
  if (thread.as === 'firstComment' && present(variant.firstComment)) {
    violations.push({
      network,
      field: 'threadParts',
      rule: 'THREAD_WITH_FIRST_COMMENT',
      params: {},
      index: 0,
    });
  }
  parts.forEach((part, index) => {
    if (part.trim() === '') {
      violations.push({ network, field: 'threadParts', rule: 'EMPTY', params: {}, index });
      return;
    }
    for (const { used, limit, unit } of threadPartLimits(network, part, options)) {
      if (used > limit) {
        violations.push({
          network,
          field: 'threadParts',
          rule: 'TOO_LONG',
          params: { used, limit, unit },
          index,
        });
      }
    }
  });
  return violations;
}

/**
 * Everything that would make the network refuse this variant, or that it cannot carry. An empty list
 * means it can be published. The same function runs in the console while typing and in the content
 * service before saving, so both give the same answer.
 *
 * - text: `EMPTY` (nothing to publish: no text, no media, no link card), `TOO_LONG` with
 *   `{ used, limit, unit }` (unit `bytes` for Bluesky's second limit); the link counts where it is
 *   appended to the text (see `publishedText`).
 * - linkUrl: `INVALID_URL` unless an absolute http(s) URL.
 * - firstComment: `FIRST_COMMENT_UNSUPPORTED` on X, Bluesky and Mastodon, `TOO_LONG` elsewhere.
 *   A blank first comment is no first comment.
 * - media: see `mediaViolations`; per-file rules carry the file's `index`.
 * - threadParts: `EMPTY` and `TOO_LONG` per part (with its `index`), `THREAD_UNSUPPORTED` with
 *   `{ maxParts }` beyond the network's parts (Facebook and LinkedIn: 2, the second being the first
 *   comment), `THREAD_WITH_FIRST_COMMENT` for a second part next to a first comment there.
 */
export function validateVariant(
  network: NetworkName,
  variant: VariantInput,
  options?: RuleOptions,
): Violation[] {
  const violations = textViolations(network, variant, options);
  const link = present(variant.linkUrl);
  if (link && !isValidLinkUrl(link)) {
    violations.push({ network, field: 'linkUrl', rule: 'INVALID_URL', params: {} });
  }
  violations.push(...firstCommentViolations(network, variant.firstComment, options));
  violations.push(...mediaViolations(network, rulesFor(network, options), variant.media));
  violations.push(...threadViolations(network, variant, options));
  return violations;
}
