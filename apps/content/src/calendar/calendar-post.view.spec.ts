import { excerpt } from './calendar-post.view';

describe('excerpt', () => {
  it('keeps short texts whole, on one line', () => {
    expect(excerpt('  Bonjour\n\nà tous  ', 140)).toBe('Bonjour à tous');
  });

  it('cuts long texts at a word boundary with an ellipsis', () => {
    const text = 'Notre nouveau café de saison arrive demain dans toutes nos boutiques de Brooklyn';
    const cut = excerpt(text, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut).toBe('Notre nouveau café de saison arrive…');
  });

  it('cuts inside a word when there is no space near the end', () => {
    expect(excerpt('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
