import { foldText, tagsOf, wordsOf } from './normalize';

describe('folding and cutting text', () => {
  it.each([
    ['Café', 'cafe'],
    ['CAFÉ', 'cafe'],
    ['Œuvre', 'oeuvre'],
    ['Hauptstraße', 'hauptstrasse'],
    ['l’appli', "l'appli"],
    ['e\u0301te\u0301', 'ete'],
    ['ΟΔΟΣ', 'οδοσ'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('drops French elisions and keeps the words in order', () => {
    expect(wordsOf(foldText("J'adore l’appli, qu'il dit : c'est jusqu'à 12.5 €"))).toEqual([
      'adore',
      'appli',
      'il',
      'dit',
      'est',
      'a',
      '12',
      '5',
    ]);
  });

  it('keeps hashtags and handles as written, and their words as words', () => {
    const folded = foldText('Merci #Relais et @Lumiere.bsky.social, contact@lumiere.fr C#');
    expect(tagsOf(folded)).toEqual(['#relais', '@lumiere.bsky.social']);
    expect(wordsOf(folded)).toEqual([
      'merci',
      'relais',
      'et',
      'lumiere',
      'bsky',
      'social',
      'contact',
      'lumiere',
      'fr',
      'c',
    ]);
  });

  it('drops words longer than 255 characters, as the database must', () => {
    expect(wordsOf(`a ${'x'.repeat(256)} b`)).toEqual(['a', 'b']);
  });
});
