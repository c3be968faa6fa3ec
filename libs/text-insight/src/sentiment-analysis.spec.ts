import { analyzeSentiment } from './sentiment-analysis';

describe('analyzeSentiment', () => {
  describe('negation', () => {
    it.each([
      ["C'est pas terrible", 'negative'],
      ['Pas terrible du tout le service', 'negative'],
      ['Je ne recommande pas cette banque', 'negative'],
      ["J'aime pas la nouvelle appli", 'negative'],
      ['pas du tout satisfait de mon conseiller', 'negative'],
      ['Pas mal du tout la nouvelle appli', 'positive'],
      ['Pas déçue du tout par ma commande', 'positive'],
      ['Livraison sans souci, rien à redire', 'positive'],
    ] as const)('French « %s » is %s', (text, label) => {
      expect(analyzeSentiment(text, 'fr').label).toBe(label);
    });

    it.each([
      ['not bad at all', 'positive'],
      ['I would not recommend this bank', 'negative'],
      ["I don't like the new app", 'negative'],
      ['The quality is really not great', 'negative'],
      ['no complaints, perfect delivery', 'positive'],
      ["Splurged on the jacket and I don't regret it", 'positive'],
    ] as const)('English "%s" is %s', (text, label) => {
      expect(analyzeSentiment(text, 'en').label).toBe(label);
    });

    it('turns the opinion word round rather than ignoring it', () => {
      const liked = analyzeSentiment('je recommande cette banque', 'fr').score;
      const notLiked = analyzeSentiment('je ne recommande pas cette banque', 'fr').score;
      expect(liked).toBeGreaterThan(0);
      expect(notLiked).toBeLessThan(0);
    });

    it('stops at the end of a sentence', () => {
      expect(analyzeSentiment('Aucune info. Génial le voyage !', 'fr').label).toBe('positive');
    });

    it("reads « n°1 » as a number, not as « n' »", () => {
      expect(analyzeSentiment('le croissant n°1 était parfait', 'fr').label).toBe('positive');
      expect(analyzeSentiment('Commande N° 4521 : livrée, parfait', 'fr').label).toBe('positive');
    });
  });

  describe('emoji and emoticons', () => {
    it.each([
      ['😡😡😡', 'negative'],
      ['👍', 'positive'],
      [':)', 'positive'],
      [':(', 'negative'],
      ['<3', 'positive'],
    ] as const)('%s alone is %s', (text, label) => {
      expect(analyzeSentiment(text, 'fr').label).toBe(label);
      expect(analyzeSentiment(text, 'en').label).toBe(label);
    });

    it('counts emoji in a text with no opinion words', () => {
      expect(analyzeSentiment('Le nouveau pain de mie 😍', 'fr').label).toBe('positive');
      expect(analyzeSentiment('Le nouveau pain de mie 😤', 'fr').label).toBe('negative');
    });

    it('reads emoji with a variation selector or a skin tone like the bare pictograph', () => {
      expect(analyzeSentiment('❤️', 'en').score).toBeCloseTo(analyzeSentiment('❤', 'en').score);
      expect(analyzeSentiment('👍🏽', 'en').label).toBe('positive');
    });

    it('reads praise next to an upside-down face as irony', () => {
      expect(analyzeSentiment('Toilettes fermées sur un trajet de 4h. Génial. 🙃', 'fr').label).toBe(
        'negative',
      );
      expect(analyzeSentiment('No wifi, broken sockets. Lovely trip 🙃', 'en').label).toBe('negative');
    });

    it('scores emoji for texts in other languages, and nothing else', () => {
      expect(analyzeSentiment('Me encanta 😍', 'other').label).toBe('positive');
      expect(analyzeSentiment('Qué desastre de servicio', 'other')).toEqual({ label: 'neutral', score: 0 });
    });
  });

  describe('intensifiers', () => {
    it.each([
      ['fr', 'content', 'vraiment content'],
      ['fr', 'déçu', 'franchement déçu'],
      ['fr', 'bien', 'trop bien'],
      ['fr', 'nul', 'NUL le service'],
      ['en', 'good', 'very good'],
      ['en', 'bad', 'so bad'],
      ['en', 'good', 'good!!!'],
      ['en', 'the service is bad', 'the service is BAD'],
    ] as const)('%s: "%s" is weaker than "%s"', (language, plain, intense) => {
      const plainScore = analyzeSentiment(plain, language).score;
      const intenseScore = analyzeSentiment(intense, language).score;
      expect(Math.abs(intenseScore)).toBeGreaterThan(Math.abs(plainScore));
      expect(Math.sign(intenseScore)).toBe(Math.sign(plainScore));
    });

    it('softens with « un peu » and "a bit"', () => {
      expect(analyzeSentiment('un peu déçu', 'fr').score).toBeGreaterThan(
        analyzeSentiment('déçu', 'fr').score,
      );
      expect(analyzeSentiment('a bit disappointed', 'en').score).toBeGreaterThan(
        analyzeSentiment('disappointed', 'en').score,
      );
    });

    it('reads elongated words ("sooo good", « nulll »)', () => {
      expect(analyzeSentiment('sooo goood', 'en').label).toBe('positive');
      expect(analyzeSentiment('nulll', 'fr').label).toBe('negative');
    });
  });

  describe('social media French', () => {
    it.each([
      ['nul', 'negative'],
      ['top', 'positive'],
      ['génial', 'positive'],
      ['une cata', 'negative'],
      ["j'adore", 'positive'],
      ['bof', 'negative'],
      ['franchement déçu', 'negative'],
      ['merci pour rien', 'negative'],
      ['au top 👌', 'positive'],
      ['ras le bol', 'negative'],
      ["c'est du vol", 'negative'],
    ] as const)('« %s » is %s', (text, label) => {
      expect(analyzeSentiment(text, 'fr').label).toBe(label);
    });
  });

  it('weighs what follows « mais » / "but" more than what precedes it', () => {
    expect(analyzeSentiment('Le pain est bon mais la vendeuse est désagréable', 'fr').label).toBe('negative');
    expect(analyzeSentiment('Late train but the staff were lovely', 'en').label).toBe('positive');
  });

  it('counts a wish as neither praise nor blame', () => {
    expect(analyzeSentiment('ce serait bien de pouvoir payer par carte', 'fr').label).toBe('neutral');
    expect(analyzeSentiment('it would be great to have more bike spaces', 'en').label).toBe('neutral');
  });

  it('says neutral for a plain news share', () => {
    expect(analyzeSentiment('La banque ouvre une agence à Rennes https://example.fr/x', 'fr')).toEqual({
      label: 'neutral',
      score: 0,
    });
  });

  it('keeps the score between -1 and 1', () => {
    const furious = analyzeSentiment('NUL NUL NUL honteux lamentable scandaleux 😡😡😡 !!!!!!', 'fr').score;
    const delighted = analyzeSentiment('GÉNIAL parfait sublime merveilleux 😍😍😍 !!!!!!', 'fr').score;
    expect(furious).toBeGreaterThanOrEqual(-1);
    expect(furious).toBeLessThan(-0.9);
    expect(delighted).toBeLessThanOrEqual(1);
    expect(delighted).toBeGreaterThan(0.9);
  });
});
