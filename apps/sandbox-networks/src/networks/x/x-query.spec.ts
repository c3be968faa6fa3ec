import { Network } from '@relais/contracts';
import { ListeningItem } from '../../listening/listening-item';
import { matchesXQuery, parseXQuery } from './x-query';

const item = (text: string, extra: Partial<ListeningItem> = {}): ListeningItem => ({
  seq: 1,
  network: Network.X,
  kind: 'post',
  id: '1',
  accountId: null,
  author: { id: '42', handle: 'camille', displayName: 'Camille', avatarUrl: '' },
  text,
  lang: 'en',
  createdAt: 0,
  timeUs: 0,
  parentId: null,
  rootId: '1',
  hidden: false,
  deleted: false,
  likeCount: 0,
  topic: null,
  sentiment: null,
  extra: {},
  ...extra,
});

const matches = (query: string, target: ListeningItem) => {
  const parsed = parseXQuery(query);
  if (typeof parsed === 'string') throw new Error(parsed);
  return matchesXQuery(parsed, target, { handleOf: (id) => (id === '7' ? 'acme' : null) });
};

describe('X search queries', () => {
  const post = item('Refund still missing from @acme #fail https://t.co/x');

  it('matches words, phrases, OR, negation and groups as X does', () => {
    expect(matches('refund missing', post)).toBe(true);
    expect(matches('refunds', post)).toBe(false);
    expect(matches('"still missing"', post)).toBe(true);
    expect(matches('"missing still"', post)).toBe(false);
    expect(matches('delivery OR refund', post)).toBe(true);
    expect(matches('refund -missing', post)).toBe(false);
    expect(matches('(delivery OR parcel) refund', post)).toBe(false);
    expect(matches('(delivery OR missing) -(late OR slow)', post)).toBe(true);
  });

  it('matches the operators', () => {
    expect(matches('#fail @acme', post)).toBe(true);
    expect(matches('from:camille lang:en has:links -is:retweet', post)).toBe(true);
    expect(matches('refund lang:fr', post)).toBe(false);
    expect(matches('refund is:reply', post)).toBe(false);
    const reply = item('Same here', { parentId: '9', extra: { parentAuthorId: '7' } });
    expect(matches('to:acme is:reply', reply)).toBe(true);
    expect(matches('same -has:links', reply)).toBe(true);
  });

  it('refuses what X refuses', () => {
    expect(parseXQuery('')).toBe('The query is empty.');
    expect(parseXQuery('(refund OR late')).toBe('There is a missing closing parenthesis.');
    expect(parseXQuery('refund)')).toMatch(/unexpected '\)'/);
    expect(parseXQuery('-refund')).toBe('Queries must contain at least one positive, standalone term.');
    expect(parseXQuery('is:reply')).toBe('Queries must contain at least one positive, standalone term.');
    expect(parseXQuery('near:paris refund')).toMatch(/invalid operator 'near:paris'/);
    expect(parseXQuery('"open quote')).toBe('There is an unclosed quotation mark.');
  });
});
