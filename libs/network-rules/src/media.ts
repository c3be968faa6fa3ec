import { MediaKindRule, NetworkRules } from './rules';
import { MediaFacts, MediaKind, NetworkName, Violation } from './types';

const ALIASES: Record<string, string> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg' };

/** `Image/JPEG; charset=binary` → `image/jpeg`; `image/jpg` → `image/jpeg`. */
export function normalizeContentType(contentType: string): string {
  const bare = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return ALIASES[bare] ?? bare;
}

/** The kind a content type belongs to, so an `image` carrying `video/mp4` is caught. */
function familyMatches(kind: MediaKind, contentType: string): boolean {
  switch (kind) {
    case 'image':
      return contentType.startsWith('image/');
    case 'gif':
      return contentType === 'image/gif';
    case 'video':
      return contentType.startsWith('video/');
  }
}

function fileViolations(
  network: NetworkName,
  file: MediaFacts,
  index: number,
  rule: MediaKindRule | null,
): Violation[] {
  const contentType = normalizeContentType(file.contentType);
  const at = { network, field: 'media' as const, index };
  const taken = rule?.reencoded === true || rule?.contentTypes.includes(contentType) === true;
  if (!rule || !familyMatches(file.kind, contentType) || !taken) {
    const accepted = rule ? rule.contentTypes.join(', ') : '';
    return [{ ...at, rule: 'MEDIA_TYPE', params: { kind: file.kind, contentType, accepted } }];
  }
  // The library's rendition meets the type, size and pixel limits of the network.
  if (rule.reencoded) return [];
  const violations: Violation[] = [];
  if (file.sizeBytes > rule.maxBytes) {
    violations.push({
      ...at,
      rule: 'MEDIA_TOO_LARGE',
      params: { sizeBytes: file.sizeBytes, maxBytes: rule.maxBytes },
    });
  }
  if (rule.maxPixels !== undefined && file.width !== undefined && file.height !== undefined) {
    const pixels = file.width * file.height;
    if (pixels > rule.maxPixels) {
      violations.push({
        ...at,
        rule: 'MEDIA_TOO_MANY_PIXELS',
        params: { pixels, maxPixels: rule.maxPixels },
      });
    }
  }
  if (file.kind === 'video' && file.durationMs !== undefined) {
    const { durationMs } = file;
    if (rule.maxDurationMs !== undefined && durationMs > rule.maxDurationMs) {
      violations.push({
        ...at,
        rule: 'VIDEO_TOO_LONG',
        params: { durationMs, maxDurationMs: rule.maxDurationMs },
      });
    }
    if (rule.minDurationMs !== undefined && durationMs < rule.minDurationMs) {
      violations.push({
        ...at,
        rule: 'VIDEO_TOO_SHORT',
        params: { durationMs, minDurationMs: rule.minDurationMs },
      });
    }
  }
  return violations;
}

function countByKind(media: readonly MediaFacts[]): Map<MediaKind, number> {
  const counts = new Map<MediaKind, number>();
  for (const file of media) counts.set(file.kind, (counts.get(file.kind) ?? 0) + 1);
  return counts;
}

/**
 * What is wrong with the files of one post: each file's type, size, pixels and duration (with its
 * `index`), then the set: kinds that may not be mixed, too many files in all or of one kind.
 */
export function mediaViolations(
  network: NetworkName,
  rules: NetworkRules,
  media: readonly MediaFacts[],
): Violation[] {
  const { kinds, maxCount, exclusiveKinds } = rules.media;
  const violations = media.flatMap((file, index) => fileViolations(network, file, index, kinds[file.kind]));
  const counts = countByKind(media);
  const present = [...counts.keys()];
  if (present.length > 1 && present.some((kind) => exclusiveKinds.includes(kind))) {
    violations.push({
      network,
      field: 'media',
      rule: 'MIXED_MEDIA',
      params: { kinds: present.join(', '), alone: exclusiveKinds.join(', ') },
    });
  }
  if (media.length > maxCount) {
    violations.push({
      network,
      field: 'media',
      rule: 'TOO_MANY_MEDIA',
      params: { count: media.length, max: maxCount },
    });
  }
  for (const [kind, count] of counts) {
    const rule = kinds[kind];
    // A kind's own maximum is reported only where it is stricter than the post's.
    if (rule && rule.maxCount < maxCount && count > rule.maxCount) {
      violations.push({
        network,
        field: 'media',
        rule: 'TOO_MANY_MEDIA',
        params: { kind, count, max: rule.maxCount },
      });
    }
  }
  return violations;
}
