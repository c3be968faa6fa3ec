import {
  BannedWordView,
  FieldError,
  GuidelineWarningView,
  Network,
  PostViolationView,
} from '@relais/contracts';
import {
  AltTextImage,
  altTextProblems,
  checkGuidelines,
  Guidelines,
  MediaFacts,
  NetworkName,
  RuleOptions,
  validateVariant,
} from '@relais/network-rules';
import { BaseState, VariantState } from './post-draft';
import { NETWORK_LABELS, violationMessage, violationParams } from './violation-messages';

export interface PostCheckInput {
  base: BaseState;
  variants: readonly VariantState[];
  /** Facts of every media file the post uses, by id. */
  media: ReadonlyMap<string, MediaFacts>;
  guidelines: Guidelines;
  /** Per-network rule options (a Mastodon server's limits); default limits when absent. */
  options?: Partial<Record<Network, RuleOptions>>;
}

export interface PostCheck {
  violations: PostViolationView[];
  bannedWords: BannedWordView[];
  guidelineWarnings: GuidelineWarningView[];
}

function factsOf(ids: readonly string[], media: ReadonlyMap<string, MediaFacts>): MediaFacts[] {
  return ids.flatMap((id) => {
    const facts = media.get(id);
    return facts ? [facts] : [];
  });
}

function violationsOf(input: PostCheckInput): PostViolationView[] {
  return input.variants.flatMap((variant) =>
    validateVariant(
      variant.network as NetworkName,
      {
        text: variant.text,
        linkUrl: variant.linkUrl,
        firstComment: variant.firstComment,
        media: factsOf(variant.mediaIds, input.media),
        threadParts: variant.threadParts,
      },
      input.options?.[variant.network],
    ).map((violation) => ({
      network: variant.network,
      field: violation.field,
      rule: violation.rule,
      params: violationParams(violation),
      index: violation.index ?? null,
      message: violationMessage(violation),
    })),
  );
}

/**
 * Banned words of the base text and parts (fields `baseText`, `threadParts.<i>`), of customised texts
 * and parts and of first comments.
 */
function bannedOf(input: PostCheckInput): (BannedWordView & { field: string })[] {
  const hits: (BannedWordView & { field: string })[] = [];
  const check = (text: string, field: string, network: Network | null) => {
    for (const hit of checkGuidelines(text, {
      bannedWords: input.guidelines.bannedWords,
      requiredHashtags: [],
    }).banned) {
      hits.push({ word: hit.word, match: hit.match, network, field });
    }
  };
  check(input.base.baseText, 'baseText', null);
  input.base.threadParts.forEach((part, index) => check(part, `threadParts.${index}`, null));
  for (const variant of input.variants) {
    if (variant.customized) {
      const prefix = `variants.${variant.network}`;
      check(variant.text, `${prefix}.text`, variant.network);
      variant.threadParts.forEach((part, index) =>
        check(part, `${prefix}.threadParts.${index}`, variant.network),
      );
    }
    if (variant.firstComment) {
      check(variant.firstComment, `variants.${variant.network}.firstComment`, variant.network);
    }
  }
  return hits;
}

/**
 * Required hashtags missing from a network's text (with its thread's parts and its first comment): once
 * when every text misses it.
 */
function warningsOf(input: PostCheckInput): GuidelineWarningView[] {
  if (input.guidelines.requiredHashtags.length === 0) return [];
  const texts: Partial<Record<NetworkName, string>> = {};
  for (const variant of input.variants) {
    texts[variant.network as NetworkName] = [
      variant.text,
      ...variant.threadParts,
      variant.firstComment ?? '',
    ].join('\n');
  }
  const baseText = [input.base.baseText, ...input.base.threadParts].join('\n');
  const report = checkGuidelines(input.variants.length > 0 ? texts : baseText, {
    bannedWords: [],
    requiredHashtags: input.guidelines.requiredHashtags,
  });
  const byNetwork = report.missingHashtagsByNetwork;
  const networks = input.variants.map((variant) => variant.network);
  const warnings: GuidelineWarningView[] = [];
  for (const hashtag of report.missingHashtags) {
    const missingIn = networks.filter((network) => byNetwork[network as NetworkName]?.includes(hashtag));
    if (networks.length === 0 || missingIn.length === networks.length) {
      warnings.push({
        rule: 'MISSING_HASHTAG',
        network: null,
        params: { hashtag },
        message: `The brand asks for ${hashtag} in every post`,
      });
      continue;
    }
    for (const network of missingIn) {
      warnings.push({
        rule: 'MISSING_HASHTAG',
        network,
        params: { hashtag, network },
        message: `The ${NETWORK_LABELS[network]} text misses ${hashtag}, which the brand asks for`,
      });
    }
  }
  return warnings;
}

/** Everything the networks and the brand's guidelines say about a post. Pure. */
export function checkPost(input: PostCheckInput): PostCheck {
  return {
    violations: violationsOf(input),
    bannedWords: bannedOf(input).map(({ word, match, network }) => ({ word, match, network })),
    guidelineWarnings: warningsOf(input),
  };
}

/** Only the guideline warnings (for reading a saved post). */
export function guidelineWarnings(
  base: BaseState,
  variants: readonly VariantState[],
  guidelines: Guidelines,
): GuidelineWarningView[] {
  return warningsOf({ base, variants, media: new Map(), guidelines });
}

/** `variants.<network>.<field>`, and the part's index for a thread part (`variants.x.threadParts.1`). */
function violationField(violation: PostViolationView): string {
  const field = `variants.${violation.network}.${violation.field}`;
  return violation.field === 'threadParts' && violation.index !== null
    ? `${field}.${violation.index}`
    : field;
}

/**
 * What refuses a save: one field error per violation (`variants.<network>.<field>`, with the part's
 * index for thread parts; the rule as `constraint`, the network and the limit in `params`) and per
 * banned word (`BANNED_WORD`).
 */
export function blockingErrors(input: PostCheckInput): FieldError[] {
  const violations: FieldError[] = violationsOf(input).map((violation) => ({
    field: violationField(violation),
    message: violation.message,
    constraint: violation.rule,
    params: violation.params,
  }));
  const banned = bannedOf(input).map((hit): FieldError => ({
    field: hit.field,
    message: hit.network
      ? `"${hit.match}" is a banned word of the brand (${NETWORK_LABELS[hit.network]} text)`
      : `"${hit.match}" is a banned word of the brand`,
    constraint: 'BANNED_WORD',
    params: {
      word: hit.word,
      match: hit.match,
      ...(hit.network ? { network: hit.network } : {}),
    },
  }));
  return [...violations, ...banned];
}

/**
 * The pictures' descriptions that refuse scheduling, one field error per picture and network
 * (`variants.<network>.mediaIds`): a picture without one when the brand asks for them
 * (`ALT_TEXT_MISSING`), a description longer than the network takes (`ALT_TEXT_TOO_LONG`, with the
 * network and its limit). `images` holds the post's pictures by id (videos are not checked).
 */
export function altTextErrors(
  variants: readonly VariantState[],
  images: ReadonlyMap<string, AltTextImage>,
  requireAltText: boolean,
): FieldError[] {
  const errors: FieldError[] = [];
  const missing = new Set<string>();
  for (const variant of variants) {
    const pictures = variant.mediaIds.flatMap((id) => images.get(id) ?? []);
    for (const problem of altTextProblems(variant.network, pictures, requireAltText)) {
      const field = `variants.${variant.network}.mediaIds`;
      const params = { mediaId: problem.mediaId, fileName: problem.fileName, network: variant.network };
      if (problem.rule === 'ALT_TEXT_MISSING') {
        // Named once, on the first network that sends it: the description is the file's, not the network's.
        if (missing.has(problem.mediaId)) continue;
        missing.add(problem.mediaId);
        errors.push({
          field,
          constraint: problem.rule,
          params,
          message: `${problem.fileName} has no alt text; the brand asks for a description of every image`,
        });
        continue;
      }
      errors.push({
        field,
        constraint: problem.rule,
        params: { ...params, limit: problem.limit, used: problem.used },
        message: `The alt text of ${problem.fileName} is ${problem.used} characters long; ${NETWORK_LABELS[variant.network]} takes at most ${problem.limit}`,
      });
    }
  }
  return errors;
}
