import { diffWords } from 'diff';
import { DiffKind, DiffPartView, FieldChangeView, Network } from '@relais/contracts';
import { PostSnapshot, SnapshotVariant } from './post-snapshot';

function textParts(before: string, after: string): DiffPartView[] {
  return diffWords(before, after).map((part) => ({
    kind: part.added ? DiffKind.Added : part.removed ? DiffKind.Removed : DiffKind.Same,
    text: part.value,
  }));
}

/** Items kept, removed and added (media ids, networks), in the new order then the removed ones. */
function listParts(before: readonly string[], after: readonly string[]): DiffPartView[] {
  const kept = after.map((item) => ({
    kind: before.includes(item) ? DiffKind.Same : DiffKind.Added,
    text: item,
  }));
  const removed = before
    .filter((item) => !after.includes(item))
    .map((text) => ({ kind: DiffKind.Removed, text }));
  return [...kept, ...removed];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function textChange(
  field: string,
  network: Network | null,
  before: string | null,
  after: string | null,
): FieldChangeView[] {
  if ((before ?? '') === (after ?? '')) return [];
  return [{ field, network, parts: textParts(before ?? '', after ?? '') }];
}

/** A value replaced as a whole (a link, an instant): the old one removed, the new one added. */
function valueChange(
  field: string,
  network: Network | null,
  before: string | null,
  after: string | null,
): FieldChangeView[] {
  if (before === after) return [];
  const parts: DiffPartView[] = [];
  if (before !== null) parts.push({ kind: DiffKind.Removed, text: before });
  if (after !== null) parts.push({ kind: DiffKind.Added, text: after });
  return [{ field, network, parts }];
}

function listChange(
  field: string,
  network: Network | null,
  before: readonly string[],
  after: readonly string[],
): FieldChangeView[] {
  if (sameList(before, after)) return [];
  return [{ field, network, parts: listParts(before, after) }];
}

/**
 * Each thread part that differs, as `threadParts.<i>` (word diff; a part added or removed diffs with
 * nothing).
 */
function threadChanges(
  prefix: string,
  network: Network | null,
  before: readonly string[] = [],
  after: readonly string[] = [],
): FieldChangeView[] {
  const count = Math.max(before.length, after.length);
  return Array.from({ length: count }, (_, index) =>
    textChange(`${prefix}.${index}`, network, before[index] ?? null, after[index] ?? null),
  ).flat();
}

function variantChanges(
  network: Network,
  before: SnapshotVariant | undefined,
  after: SnapshotVariant | undefined,
): FieldChangeView[] {
  return [
    ...textChange('text', network, before?.text ?? null, after?.text ?? null),
    ...valueChange('linkUrl', network, before?.linkUrl ?? null, after?.linkUrl ?? null),
    ...listChange('media', network, before?.mediaIds ?? [], after?.mediaIds ?? []),
    ...threadChanges('threadParts', network, before?.threadParts, after?.threadParts),
    ...textChange('firstComment', network, before?.firstComment ?? null, after?.firstComment ?? null),
  ];
}

/**
 * What changed between two rounds' snapshots, field by field (word diff for texts, items added and
 * removed for media and networks). Only changed fields are listed: post fields first, then each
 * network's variant in the order of the newer round (networks dropped last).
 */
export function roundChanges(before: PostSnapshot, after: PostSnapshot): FieldChangeView[] {
  const networksBefore = before.variants.map((variant) => variant.network);
  const networksAfter = after.variants.map((variant) => variant.network);
  const networks = [
    ...networksAfter,
    ...networksBefore.filter((network) => !networksAfter.includes(network)),
  ];
  return [
    ...textChange('title', null, before.title, after.title),
    ...textChange('baseText', null, before.baseText, after.baseText),
    ...valueChange('linkUrl', null, before.linkUrl, after.linkUrl),
    ...listChange('media', null, before.mediaIds, after.mediaIds),
    ...threadChanges('threadParts', null, before.threadParts, after.threadParts),
    ...valueChange('scheduledAt', null, before.scheduledAt, after.scheduledAt),
    ...listChange('networks', null, networksBefore, networksAfter),
    ...networks.flatMap((network) =>
      variantChanges(
        network,
        before.variants.find((variant) => variant.network === network),
        after.variants.find((variant) => variant.network === network),
      ),
    ),
  ];
}
