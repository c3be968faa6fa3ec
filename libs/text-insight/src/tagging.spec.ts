import { DEFAULT_TAG_RULES } from './default-tag-rules';
import { parseTagRules, type TagRules } from './tag-rules';
import { tagItem } from './tagging';
import { MAX_TEXT_LENGTH } from './text-cleaning';

function rules(document: unknown): TagRules {
  const parsed = parseTagRules(document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.rules;
}

describe('tagItem with the default rules', () => {
  it.each([
    ['@RailVia mon train de 14h12 est-il maintenu demain ?', 'fr', ['question']],
    ['Comment on fait pour retourner un article', 'fr', ['question']],
    ['@HarborBank is my card blocked?', 'en', ['question']],
    ['how do I change my billing address', 'en', ['question']],
    ["@Neolink_FR ce serait bien d'avoir le détail des appels dans l'appli", 'fr', ['suggestion']],
    ['@StarfallGame pourquoi pas un mode coop local', 'fr', ['suggestion']],
    ['@Glowroot please add more shades for darker skin', 'en', ['suggestion']],
    ['it would be great if the app showed my invoices', 'en', ['suggestion']],
    ["J'attends toujours mon remboursement depuis septembre. Honteux.", 'fr', ['complaint']],
    ['Still waiting for my refund since September. Shameful.', 'en', ['complaint']],
    ['Merci pour le geste commercial, dossier réglé en 2 jours 👍', 'fr', ['praise']],
    ['Well done on the new app, simple and fast', 'en', ['praise']],
    ['@BanqueAurore pourquoi ma carte est bloquée depuis 3 jours ???', 'fr', ['question', 'complaint']],
    ['Le @FournilDore ouvre sa 200e boutique à Toulouse', 'fr', []],
  ] as const)('«%s» (%s) → %j', (text, language, tags) => {
    expect(tagItem(text, language, DEFAULT_TAG_RULES)).toEqual(tags);
  });

  it.each([
    'Investis dans le BTC avec moi, 300% en une semaine 🚀🚀 contacte-moi en DM',
    'Make $500 a day from home!!! Click here https://bit.ly/xx9 https://bit.ly/xx10',
    'follow me back 🙏 f4f f4f https://insta-boost.me',
    'Achète des likes pas cher https://likes4u.net https://likes4u.net/fr',
    'CRYPTO 100x garanti rejoins notre Telegram t.me/moonpump',
  ])('tags spam, and only spam: %s', (text) => {
    expect(tagItem(text, 'fr', DEFAULT_TAG_RULES)).toEqual(['spam']);
  });

  it('does not call a brand post with two links spam', () => {
    const text = 'Les horaires changent : https://railvia.fr/horaires et https://railvia.fr/info';
    expect(tagItem(text, 'fr', DEFAULT_TAG_RULES)).not.toContain('spam');
  });

  it('gives no praise to an ironic thank-you', () => {
    expect(tagItem('Train supprimé, merci pour rien', 'fr', DEFAULT_TAG_RULES)).toEqual(['complaint']);
    expect(tagItem('No change, card machine down, no bread. Thanks 🙄', 'en', DEFAULT_TAG_RULES)).toEqual([
      'complaint',
    ]);
  });

  it('takes a known sentiment instead of computing it', () => {
    expect(tagItem('Le colis est arrivé', 'fr', DEFAULT_TAG_RULES, 'negative')).toEqual(['complaint']);
    expect(tagItem('Le colis est arrivé', 'fr', DEFAULT_TAG_RULES, 'positive')).toEqual(['praise']);
  });

  it('matches both languages when the language is unknown', () => {
    expect(tagItem('ouvert demain ?', 'unknown', DEFAULT_TAG_RULES)).toEqual(['question']);
    expect(tagItem('f4f dm me', 'unknown', DEFAULT_TAG_RULES)).toEqual(['spam']);
  });
});

describe('tagItem with a brand’s own rules', () => {
  const empty = { question: {}, complaint: {}, suggestion: {}, praise: {}, spam: {} };

  it('tags with the phrases a community manager added, ignoring case and accents', () => {
    const brand = rules({ ...empty, complaint: { languages: { fr: { phrases: ['délai de livraison'] } } } });
    expect(tagItem('Le DELAI DE LIVRAISON est énorme', 'fr', brand)).toEqual(['complaint']);
    expect(tagItem('La livraison est arrivée', 'fr', brand)).toEqual([]);
  });

  it('matches whole words only', () => {
    const brand = rules({ ...empty, spam: { languages: { any: { phrases: ['win'] } } } });
    expect(tagItem('we win', 'en', brand)).toEqual(['spam']);
    expect(tagItem('the window is broken', 'en', brand)).toEqual([]);
  });

  it('runs patterns on the raw text, links included', () => {
    const brand = rules({ ...empty, spam: { languages: { any: { patterns: ['promo-[a-z]+\\.win'] } } } });
    expect(tagItem('cadeau https://promo-gift.win', 'fr', brand)).toEqual(['spam']);
  });

  it('needs as many signals as minSignals says', () => {
    const brand = rules({
      ...empty,
      spam: { minLinks: 2, minSignals: 2, languages: { any: { phrases: ['promo'] } } },
    });
    expect(tagItem('promo https://a.example/x', 'fr', brand)).toEqual([]);
    expect(tagItem('promo https://a.example/x https://a.example/y', 'fr', brand)).toEqual(['spam']);
  });

  it('applies the rules of the item’s language and those for any language', () => {
    const brand = rules({
      ...empty,
      praise: { languages: { fr: { phrases: ['chapeau'] }, any: { phrases: ['goat'] } } },
    });
    expect(tagItem('chapeau', 'fr', brand)).toEqual(['praise']);
    expect(tagItem('chapeau', 'en', brand)).toEqual([]);
    expect(tagItem('goat', 'en', brand)).toEqual(['praise']);
  });

  it('vetoes a tag with an unless phrase', () => {
    const brand = rules({
      ...empty,
      praise: { languages: { fr: { phrases: ['merci'], unless: ['merci pour rien'] } } },
    });
    expect(tagItem('merci beaucoup', 'fr', brand, 'neutral')).toEqual(['praise']);
    expect(tagItem('merci pour rien', 'fr', brand, 'neutral')).toEqual([]);
  });

  it('never tags with a disabled rule', () => {
    const brand = rules({ ...empty, question: { enabled: false, languages: { any: { endsWith: ['?'] } } } });
    expect(tagItem('ouvert demain ?', 'fr', brand)).toEqual([]);
  });

  it('looks only at the first characters of a very long text', () => {
    const brand = rules({ ...empty, spam: { languages: { any: { phrases: ['casino'] } } } });
    const text = `${'a '.repeat(MAX_TEXT_LENGTH)} casino`;
    expect(tagItem(text, 'en', brand)).toEqual([]);
  });
});
