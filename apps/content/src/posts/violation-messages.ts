import { Network } from '@relais/contracts';
import { Violation } from '@relais/network-rules';

/** How the networks are named in messages. */
export const NETWORK_LABELS: Record<Network, string> = {
  [Network.X]: 'X',
  [Network.Bluesky]: 'Bluesky',
  [Network.Mastodon]: 'Mastodon',
  [Network.LinkedIn]: 'LinkedIn',
  [Network.FacebookPage]: 'Facebook',
};

const UNIT_WORDS: Record<string, string> = {
  weighted: 'characters',
  graphemes: 'characters',
  characters: 'characters',
  bytes: 'bytes',
};

function megabytes(bytes: number | string | undefined): string {
  const value = Number(bytes ?? 0) / 1_000_000;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}

function seconds(ms: number | string | undefined): string {
  return `${Math.round(Number(ms ?? 0) / 100) / 10} s`;
}

/** `Part 3` for `threadParts[1]`: the text is part 1. */
function partLabel(violation: Violation): string {
  return violation.index === undefined ? 'A part' : `Part ${violation.index + 2}`;
}

function fileLabel(violation: Violation): string {
  return violation.index === undefined ? 'A file' : `File ${violation.index + 1}`;
}

/**
 * The English sentence for a violation, naming the network and the rule: "Too long for X: 291 of 280
 * characters". The console shows its own words from `rule` and `params`; API users read this.
 */
export function violationMessage(violation: Violation): string {
  const name = NETWORK_LABELS[violation.network as Network];
  const p = violation.params;
  switch (violation.rule) {
    case 'EMPTY':
      return violation.field === 'threadParts'
        ? `${partLabel(violation)} of the thread is empty (${name}): write it or remove it`
        : `Nothing to publish on ${name}: write a text, add media or a link`;
    case 'TOO_LONG': {
      const what =
        violation.field === 'firstComment'
          ? 'First comment too long'
          : violation.field === 'threadParts'
            ? `${partLabel(violation)} of the thread too long`
            : 'Too long';
      return `${what} for ${name}: ${p['used']} of ${p['limit']} ${UNIT_WORDS[String(p['unit'])] ?? 'characters'}`;
    }
    case 'TOO_MANY_MEDIA':
      return p['kind']
        ? `Too many ${p['kind']} files for ${name}: ${p['count']} of ${p['max']}`
        : `Too many files for ${name}: ${p['count']} of ${p['max']}`;
    case 'MEDIA_TYPE':
      return `${fileLabel(violation)} is a ${p['contentType']} that ${name} does not accept (accepted: ${p['accepted']})`;
    case 'MEDIA_TOO_LARGE':
      return `${fileLabel(violation)} is too large for ${name}: ${megabytes(p['sizeBytes'])} of ${megabytes(p['maxBytes'])}`;
    case 'MEDIA_TOO_MANY_PIXELS':
      return `${fileLabel(violation)} has too many pixels for ${name}: ${p['pixels']} of ${p['maxPixels']}`;
    case 'MIXED_MEDIA':
      return `${name} does not mix these files: ${p['alone']} must be alone in a post`;
    case 'VIDEO_TOO_LONG':
      return `${fileLabel(violation)} is too long for ${name}: ${seconds(p['durationMs'])} of ${seconds(p['maxDurationMs'])}`;
    case 'VIDEO_TOO_SHORT':
      return `${fileLabel(violation)} is too short for ${name}: ${seconds(p['durationMs'])}, at least ${seconds(p['minDurationMs'])}`;
    case 'FIRST_COMMENT_UNSUPPORTED':
      return `${name} has no first comment`;
    case 'INVALID_URL':
      return `The link for ${name} must be an absolute http(s) address`;
    case 'THREAD_UNSUPPORTED':
      return Number(p['maxParts']) === 2
        ? `${name} has no threads: a second part becomes the first comment, and more parts are not possible`
        : `${name} takes at most ${p['maxParts']} parts in a thread`;
    case 'THREAD_WITH_FIRST_COMMENT':
      return `On ${name} the second part becomes the first comment: remove the first comment or the second part`;
  }
}

const LIMIT_PARAMS = [
  'limit',
  'max',
  'maxParts',
  'maxBytes',
  'maxPixels',
  'maxDurationMs',
  'minDurationMs',
] as const;

/** The violation's params with the network (and the file's index) added, and its bound as `limit`. */
export function violationParams(violation: Violation): Record<string, string | number> {
  const params: Record<string, string | number> = { ...violation.params, network: violation.network };
  if (violation.index !== undefined) params['index'] = violation.index;
  const bound = LIMIT_PARAMS.map((name) => violation.params[name]).find((value) => value !== undefined);
  if (bound !== undefined && params['limit'] === undefined) params['limit'] = bound;
  return params;
}
