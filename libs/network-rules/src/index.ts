/**
 * What each social network accepts for a post, in pure TypeScript (no I/O, no Node-only API): the
 * console uses it for live counters and the content service to refuse the same posts.
 */
export * from './types';
export { NETWORK_RULES, MAX_THREAD_PARTS, rulesFor } from './rules';
export type { MediaKindRule, NetworkRules } from './rules';
export { countText, countFirstComment, countGraphemes, countThreadPart, threadPartLimits } from './count';
export { extractEntities } from './entities';
export type { EntityKind, TextEntity } from './entities';
export { normalizeContentType } from './media';
export { validateVariant, publishedText, linkPlacement, isValidLinkUrl } from './validate';
export type { LinkPlacement } from './validate';
export { checkGuidelines, foldForMatching } from './guidelines';
export type { BannedWordHit, GuidelineReport, Guidelines } from './guidelines';
export { ALT_TEXT_LIMITS, altTextProblems, countAltText } from './alt-text';
export type { AltTextImage, AltTextProblem } from './alt-text';
export { previewSegments, overflowStart } from './preview';
export type { PreviewSegment, SegmentKind } from './preview';
export { networkSupports } from './supports';
export type { NetworkSupport } from './supports';
