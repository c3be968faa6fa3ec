import { graphemeEnds, textLimits } from './count';
import { extractEntities } from './entities';
import { rulesFor } from './rules';
import { NetworkName, RuleOptions } from './types';

export type SegmentKind = 'plain' | 'overflow' | 'url' | 'hashtag' | 'mention';

/** A run of the text; `start`/`end` are UTF-16 offsets into it, and the segments cover it exactly. */
export interface PreviewSegment {
  text: string;
  kind: SegmentKind;
  start: number;
  end: number;
}

function fits(network: NetworkName, text: string, options: RuleOptions | undefined): boolean {
  return textLimits(network, text, options).every(({ used, limit }) => used <= limit);
}

/**
 * Where the text stops fitting: the end of its longest prefix, cut between graphemes, that the network
 * accepts; null when all of it fits. Found by bisection, since counts grow with the prefix.
 */
export function overflowStart(network: NetworkName, text: string, options?: RuleOptions): number | null {
  if (fits(network, text, options)) return null;
  const ends = graphemeEnds(text);
  let low = 0; // number of graphemes known to fit
  let high = ends.length; // number known not to fit
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(network, text.slice(0, ends[middle - 1]), options)) low = middle;
    else high = middle;
  }
  const cut = low === 0 ? 0 : (ends[low - 1] ?? 0);
  // Where a URL counts a fixed length (X, Mastodon), a cut URL counts as plain text and can seem to
  // fit: a URL that does not fit whole is over the limit whole.
  if (rulesFor(network, options).text.urlLength === undefined) return cut;
  const url = extractEntities(network, text).find(
    (entity) => entity.kind === 'url' && entity.start < cut && cut < entity.end,
  );
  return url ? url.start : cut;
}

function push(segments: PreviewSegment[], text: string, kind: SegmentKind, start: number, end: number) {
  if (end <= start) return;
  const last = segments[segments.length - 1];
  // Runs of plain or overflow text join; two entities side by side stay two.
  if (last && last.kind === kind && last.end === start && (kind === 'plain' || kind === 'overflow')) {
    last.end = end;
    last.text = text.slice(last.start, end);
    return;
  }
  segments.push({ text: text.slice(start, end), kind, start, end });
}

/**
 * The text cut into runs for the composer's highlighting: links, hashtags and mentions as the network
 * recognises them, plain text, and everything past the network's limit as `overflow` (whatever it is).
 */
export function previewSegments(network: NetworkName, text: string, options?: RuleOptions): PreviewSegment[] {
  const overflow = overflowStart(network, text, options) ?? text.length;
  const pieces: Array<{ kind: SegmentKind; start: number; end: number }> = [];
  let cursor = 0;
  for (const entity of extractEntities(network, text)) {
    pieces.push({ kind: 'plain', start: cursor, end: entity.start });
    pieces.push({ kind: entity.kind, start: entity.start, end: entity.end });
    cursor = entity.end;
  }
  pieces.push({ kind: 'plain', start: cursor, end: text.length });

  const segments: PreviewSegment[] = [];
  for (const { kind, start, end } of pieces) {
    push(segments, text, kind, start, Math.min(end, overflow));
    push(segments, text, 'overflow', Math.max(start, overflow), end);
  }
  return segments;
}
