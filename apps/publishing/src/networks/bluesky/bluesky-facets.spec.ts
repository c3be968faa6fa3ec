import { detectFacets, mentionedHandles, withMentionDids } from './bluesky-facets';

/** What each facet covers in the text, with its feature. */
function shown(text: string): Array<[string, unknown]> {
  const bytes = Buffer.from(text, 'utf8');
  return detectFacets(text).map((facet) => [
    bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString('utf8'),
    facet.features[0],
  ]);
}

const link = (uri: string) => ({ $type: 'app.bsky.richtext.facet#link', uri });
const tag = (name: string) => ({ $type: 'app.bsky.richtext.facet#tag', tag: name });
const mention = (did: string) => ({ $type: 'app.bsky.richtext.facet#mention', did });

describe('detectFacets', () => {
  it('covers links and tags with UTF-8 byte offsets, after accents and emoji', () => {
    const text = 'Café ☕ https://relais.fr/a et #lundi';
    expect(detectFacets(text).map((facet) => facet.index)).toEqual([
      { byteStart: 10, byteEnd: 29 },
      { byteStart: 33, byteEnd: 39 },
    ]);
    expect(shown(text)).toEqual([
      ['https://relais.fr/a', link('https://relais.fr/a')],
      ['#lundi', tag('lundi')],
    ]);
  });

  it('links an address whole, non-ASCII query included, and leaves trailing punctuation out', () => {
    expect(shown('Lire https://www.lemonde.fr/recherche/?keywords=crème&page=2, merci')).toEqual([
      [
        'https://www.lemonde.fr/recherche/?keywords=crème&page=2',
        link('https://www.lemonde.fr/recherche/?keywords=crème&page=2'),
      ],
    ]);
    expect(shown('(https://relais.fr/été). https://fr.wikipedia.org/wiki/Paris_(France)')).toEqual([
      ['https://relais.fr/été', link('https://relais.fr/été')],
      ['https://fr.wikipedia.org/wiki/Paris_(France)', link('https://fr.wikipedia.org/wiki/Paris_(France)')],
    ]);
  });

  it('links any host written with its scheme, a bare address only on a public top-level domain', () => {
    expect(
      shown('https://intranet.agence/x http://localhost:3000/y relais.fr/a outil.internal/b intranet.agence'),
    ).toEqual([
      ['https://intranet.agence/x', link('https://intranet.agence/x')],
      ['http://localhost:3000/y', link('http://localhost:3000/y')],
      ['relais.fr/a', link('https://relais.fr/a')],
    ]);
  });

  it('finds hashtags (accents, scripts, full-width #) and cashtags, not bare numbers', () => {
    expect(shown('#fêtes #2026 #日本語 ＃全角 #été2026… $aapl')).toEqual([
      ['#fêtes', tag('fêtes')],
      ['#日本語', tag('日本語')],
      ['＃全角', tag('全角')],
      ['#été2026', tag('été2026')],
      ['$aapl', tag('$AAPL')],
    ]);
  });

  it('finds mentions of handles, the handle standing in for the DID until it is resolved', () => {
    const facets = detectFacets('Merci @atelier.bsky.social et @acme.sandbox.test, pas @nope ni a@b.fr');
    expect(mentionedHandles(facets)).toEqual(['atelier.bsky.social', 'acme.sandbox.test']);
  });
});

describe('withMentionDids', () => {
  it('points each mention at its DID and drops the mentions of nobody, keeping everything else', () => {
    const text = '@atelier.bsky.social @inconnu.bsky.social https://relais.fr @atelier.bsky.social';
    const facets = withMentionDids(
      detectFacets(text),
      new Map([
        ['atelier.bsky.social', 'did:plc:atelier'],
        ['inconnu.bsky.social', null],
      ]),
    );
    const bytes = Buffer.from(text, 'utf8');
    expect(
      facets.map((facet) => [
        bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString('utf8'),
        facet.features,
      ]),
    ).toEqual([
      ['@atelier.bsky.social', [mention('did:plc:atelier')]],
      ['https://relais.fr', [link('https://relais.fr')]],
      ['@atelier.bsky.social', [mention('did:plc:atelier')]],
    ]);
  });
});
