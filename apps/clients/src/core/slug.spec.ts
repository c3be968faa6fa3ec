import { firstFreeSlug, SLUG_MAX_LENGTH, slugFamilyPattern, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Agence Lumière', 'agence-lumiere'],
    ['Maison Verdure', 'maison-verdure'],
    ['  Brooklyn   Roasters!! ', 'brooklyn-roasters'],
    ['Crème & Brûlée — Paris', 'creme-brulee-paris'],
    ['Straße Œuvre', 'strasse-oeuvre'],
    ['ACME 2026', 'acme-2026'],
    ['--a--b--', 'a-b'],
  ])('turns %p into %p', (name, slug) => {
    expect(slugify(name, 'brand')).toBe(slug);
  });

  it('falls back when the name has no letters or digits it can keep', () => {
    expect(slugify('日本ブランド', 'brand')).toBe('brand');
    expect(slugify('!!!', 'agency')).toBe('agency');
  });

  it('never exceeds the maximum length nor ends with a hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} b`, 'brand');
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toBe('a'.repeat(59));
  });
});

describe('firstFreeSlug', () => {
  it('keeps the base when it is free', () => {
    expect(firstFreeSlug('acme', new Set(['acme-2']))).toBe('acme');
  });

  it('numbers the slug from 2 when the base is taken', () => {
    expect(firstFreeSlug('acme', new Set(['acme']))).toBe('acme-2');
    expect(firstFreeSlug('acme', new Set(['acme', 'acme-2', 'acme-3']))).toBe('acme-4');
  });

  it('shortens a long base so the numbered slug still fits', () => {
    const base = 'b'.repeat(SLUG_MAX_LENGTH);
    const slug = firstFreeSlug(base, new Set([base]));
    expect(slug).toBe(`${'b'.repeat(SLUG_MAX_LENGTH - 2)}-2`);
    expect(slug.length).toBe(SLUG_MAX_LENGTH);
  });
});

describe('slugFamilyPattern', () => {
  it('matches the base and its numbered variants', () => {
    expect(slugFamilyPattern('acme')).toBe('acme%');
    const long = 'c'.repeat(SLUG_MAX_LENGTH);
    const pattern = slugFamilyPattern(long);
    expect(firstFreeSlug(long, new Set([long])).startsWith(pattern.slice(0, -1))).toBe(true);
  });
});
