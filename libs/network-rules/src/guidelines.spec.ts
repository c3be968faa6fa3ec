import { checkGuidelines, foldForMatching } from './guidelines';

const banned = (text: string, bannedWords: string[]) =>
  checkGuidelines(text, { bannedWords, requiredHashtags: [] }).banned.map(
    ({ word, match }) => `${word}=${match}`,
  );

describe('checkGuidelines: banned words', () => {
  it('matches whole words ignoring case', () => {
    expect(banned('Merde, encore raté.', ['merde'])).toEqual(['merde=Merde']);
    expect(banned('MERDE', ['Merde'])).toEqual(['Merde=MERDE']);
  });

  it('ignores diacritics both ways', () => {
    expect(banned('Un geste eco pour la planète', ['éco'])).toEqual(['éco=eco']);
    expect(banned('Le label ÉCO arrive', ['eco'])).toEqual(['eco=ÉCO']);
    expect(banned('Cre\u0301dit offert', ['crédit'])).toEqual(['crédit=Cre\u0301dit']);
    expect(banned("Un chef-d'Œuvre", ['oeuvre'])).toEqual(['oeuvre=Œuvre']);
    expect(foldForMatching('Ça Été ÀÉÎÕÜ')).toBe('ca ete aeiou');
  });

  it('never matches inside a longer word', () => {
    expect(banned('Un assassin et une classe', ['ass'])).toEqual([]);
    expect(banned('Écologie', ['éco'])).toEqual([]);
    expect(banned('ass.', ['ass'])).toEqual(['ass=ass']);
  });

  it('matches inside hashtags, including camel-case and numbered ones', () => {
    expect(banned('Quelle journée #merde', ['merde'])).toEqual(['merde=merde']);
    expect(banned('#MerdeAlors', ['merde'])).toEqual(['merde=Merde']);
    expect(banned('#soldes_Merde2025', ['merde'])).toEqual(['merde=Merde']);
    expect(banned('#Assassin', ['ass'])).toEqual([]);
  });

  it('matches a phrase word for word whatever the punctuation between', () => {
    expect(banned('Et là : va, te faire voir', ['va te faire'])).toEqual(['va te faire=va, te faire']);
    expect(banned('va ailleurs te faire', ['va te faire'])).toEqual([]);
  });

  it('reports each banned word once, with the network when texts are per network', () => {
    const report = checkGuidelines(
      { x: 'merde et MERDE', linkedin: 'Tout va bien', mastodon: 'Zut #merde' },
      { bannedWords: ['merde', 'merde', 'zut'], requiredHashtags: [] },
    );
    expect(report.banned).toEqual([
      { word: 'merde', match: 'merde', network: 'mastodon' },
      { word: 'zut', match: 'Zut', network: 'mastodon' },
      { word: 'merde', match: 'merde', network: 'x' },
    ]);
  });

  it('ignores blank banned entries', () => {
    expect(banned('Bonjour', ['', '  ', '!!'])).toEqual([]);
  });
});

describe('checkGuidelines: required hashtags', () => {
  it('compares hashtags ignoring case, with or without # in the setting', () => {
    const report = checkGuidelines('Nouveautés #relais #Printemps2025', {
      bannedWords: [],
      requiredHashtags: ['#Relais', 'printemps2025', '#Marque'],
    });
    expect(report.missingHashtags).toEqual(['#Marque']);
  });

  it('does not take a URL fragment or a word with # inside for a hashtag', () => {
    const report = checkGuidelines('Voir https://relais.fr/#relais et C#relais', {
      bannedWords: [],
      requiredHashtags: ['relais'],
    });
    expect(report.missingHashtags).toEqual(['#relais']);
  });

  it('does not ignore accents in hashtags: they are different tags on the networks', () => {
    const report = checkGuidelines('#ete', { bannedWords: [], requiredHashtags: ['#Été'] });
    expect(report.missingHashtags).toEqual(['#Été']);
  });

  it('reports per network which texts miss a hashtag', () => {
    const report = checkGuidelines(
      { x: '#Relais', linkedin: 'Sans tag', facebook_page: '#RELAIS' },
      { bannedWords: [], requiredHashtags: ['#Relais'] },
    );
    expect(report.missingHashtags).toEqual(['#Relais']);
    expect(report.missingHashtagsByNetwork).toEqual({ linkedin: ['#Relais'] });
  });
});
