import { Sentiment } from '@relais/contracts';
import { itemInsight } from './item-insight';

describe('itemInsight', () => {
  it('reads the language and the tone of the text, French and English', () => {
    expect(itemInsight('Franchement déçu, le service client ne répond jamais 😡', null)).toMatchObject({
      language: 'fr',
      sentiment: Sentiment.Negative,
    });
    expect(itemInsight('Absolutely love the new app, great job team! 🎉', 'en')).toMatchObject({
      language: 'en',
      sentiment: Sentiment.Positive,
    });
  });

  it('keeps the language the network states for a text in another language', () => {
    expect(
      itemInsight('¿Cuándo abren la nueva tienda en Madrid? Tengo muchas ganas de ir', 'es-ES').language,
    ).toBe('es');
  });

  it('tags a question', () => {
    expect(itemInsight('Est-ce que la boutique de Lyon est ouverte dimanche ?', 'fr').tags).toContain(
      'question',
    );
  });
});
