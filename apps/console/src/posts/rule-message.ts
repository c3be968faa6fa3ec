import type { Violation } from '@relais/network-rules';
import type { Network } from '@relais/web-graphql';
import type { TFunction } from 'i18next';
import type { ApiFieldError } from '../graphql/api-error';
import { fieldErrorMessage } from '../graphql/field-error-message';

const KNOWN_RULES = new Set([
  'EMPTY',
  'TOO_LONG',
  'TOO_MANY_MEDIA',
  'MEDIA_TYPE',
  'MEDIA_TOO_LARGE',
  'MEDIA_TOO_MANY_PIXELS',
  'MIXED_MEDIA',
  'VIDEO_TOO_LONG',
  'VIDEO_TOO_SHORT',
  'FIRST_COMMENT_UNSUPPORTED',
  'INVALID_URL',
  'THREAD_UNSUPPORTED',
  'THREAD_WITH_FIRST_COMMENT',
  'BANNED_WORD',
  'ALT_TEXT_MISSING',
  'ALT_TEXT_TOO_LONG',
  'notReady',
  'disconnected',
  'notTargeted',
  'archived',
]);

/** `x` → `X`: the GraphQL name of the network a rule or an API field names. */
export function graphqlNetwork(name: string): Network {
  return name.toUpperCase() as Network;
}

/** A network rule in the reader's language, naming the network: "Trop long pour X : 291 sur 280 caractères." */
export function ruleMessage(
  rule: string,
  field: string,
  params: Record<string, unknown>,
  network: Network | null,
  t: TFunction,
): string | null {
  if (!KNOWN_RULES.has(rule)) return null;
  const index = Number(params['index']);
  const values = {
    ...params,
    network: network ? t(`posts.networks.${network}`) : '',
    // The text is part 1: `threadParts[0]` is part 2.
    part: Number.isInteger(index) ? index + 2 : '',
  };
  if (rule === 'TOO_LONG' && field === 'firstComment') return t('posts.rules.FIRST_COMMENT_TOO_LONG', values);
  if (rule === 'TOO_LONG' && field === 'threadParts') return t('posts.rules.PART_TOO_LONG', values);
  if (rule === 'EMPTY' && field === 'threadParts') return t('posts.rules.PART_EMPTY', values);
  if (rule === 'THREAD_UNSUPPORTED' && Number(params['maxParts']) === 2) {
    return t('posts.rules.THREAD_FIRST_COMMENT_ONLY', values);
  }
  if (rule === 'TOO_LONG' && params['unit'] === 'bytes') return t('posts.rules.TOO_LONG_BYTES', values);
  return t(`posts.rules.${rule}` as 'posts.rules.EMPTY', values);
}

export function violationMessage(violation: Violation, t: TFunction): string {
  const network = graphqlNetwork(violation.network);
  const params =
    violation.index === undefined ? violation.params : { ...violation.params, index: violation.index };
  return ruleMessage(violation.rule, violation.field, params, network, t) ?? violation.rule;
}

/**
 * Where an API field error belongs in the composer: a network's variant (a thread part's errors,
 * `variants.x.threadParts.1`, with the variant), or the post itself.
 */
export function errorPlace(field: string): { network: Network | null; field: string } {
  const match = /^variants\.([a-z_]+)(?:\.(\w+)(?:\.\d+)?)?$/.exec(field);
  if (match) return { network: graphqlNetwork(match[1] ?? ''), field: match[2] ?? 'text' };
  if (/^threadParts\.\d+$/.test(field)) return { network: null, field: 'threadParts' };
  return { network: null, field };
}

/** An API field error in the reader's language, naming the network when the rule is a network's. */
export function apiFieldMessage(error: ApiFieldError, t: TFunction): string {
  const place = errorPlace(error.field);
  return (
    ruleMessage(error.constraint ?? '', place.field, error.params ?? {}, place.network, t) ??
    fieldErrorMessage(error, t)
  );
}
