import { QueryFailure } from './query-errors';
import { FILTER_FIELDS, ITEM_KINDS, NETWORKS, type QueryFilter } from './query-types';

const LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;
const HANDLE = /^[a-z0-9_][a-z0-9_.-]*(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?$/;

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** `lang:fr`, `network:bluesky`, `author:@handle`, `has:link`, `kind:comment`, checked. */
export function queryFilter(key: string, rawValue: string, at: number): QueryFilter {
  const field = key.toLowerCase();
  const valueAt = at + key.length + 1;
  const value = rawValue.toLowerCase();
  const bad = (expected: string[], what: string): QueryFailure =>
    new QueryFailure(
      'QUERY_BAD_FILTER_VALUE',
      `${key}: expects ${what}${rawValue === '' ? '' : `, not "${rawValue}"`}.`,
      valueAt,
      expected,
      rawValue === '' ? null : rawValue,
    );
  if (!isOneOf(FILTER_FIELDS, field)) {
    throw new QueryFailure(
      'QUERY_UNKNOWN_FILTER',
      `Unknown filter "${key}:": use ${FILTER_FIELDS.map((name) => `${name}:`).join(', ')}.`,
      at,
      FILTER_FIELDS.map((name) => `${name}:`),
      `${key}:`,
    );
  }
  switch (field) {
    case 'lang': {
      const language = value.replaceAll('_', '-');
      if (!LANGUAGE.test(language))
        throw bad(['a language code (fr, en, pt-br)'], 'a language code such as fr or en');
      return { field, value: language };
    }
    case 'network':
      if (!isOneOf(NETWORKS, value)) throw bad([...NETWORKS], `one of ${NETWORKS.join(', ')}`);
      return { field, value };
    case 'author': {
      const handle = value.replace(/^@/, '');
      if (!HANDLE.test(handle)) throw bad(['a handle (@name)'], 'a handle such as @lumiere');
      return { field, value: handle };
    }
    case 'has':
      if (value !== 'link') throw bad(['link'], 'link');
      return { field, value };
    case 'kind':
      if (!isOneOf(ITEM_KINDS, value)) throw bad([...ITEM_KINDS], `one of ${ITEM_KINDS.join(', ')}`);
      return { field, value };
  }
}
