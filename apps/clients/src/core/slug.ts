/** The longest slug stored for agencies and brands. */
export const SLUG_MAX_LENGTH = 60;

/**
 * A URL-safe slug for a display name: accents folded (`Lumière` → `lumiere`), anything else than
 * letters and digits turned into single hyphens. Falls back to `fallback` when nothing is left.
 */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/œ/gi, 'oe')
    .replace(/ø/gi, 'o')
    .replace(/ł/gi, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '');
  return slug.length > 0 ? slug : fallback;
}

/**
 * The first free slug among `base`, `base-2`, `base-3`... given the slugs already taken.
 * The base is shortened when needed so that the suffix still fits in `SLUG_MAX_LENGTH`.
 */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const stem = base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/g, '');
    const candidate = `${stem}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A SQL LIKE pattern matching `base` and its numbered variants (`base-2`...). Slugs hold only
 * letters, digits and hyphens, so there is no LIKE wildcard to escape.
 */
export function slugFamilyPattern(base: string): string {
  return `${base.slice(0, SLUG_MAX_LENGTH - 4).replace(/-+$/g, '')}%`;
}
