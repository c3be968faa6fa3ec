import { describe, expect, it } from 'vitest';
import { en, fr } from './catalogues';
import { createI18n } from './i18n';

type Tree = { [key: string]: string | Tree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [child, text] of leaves(value, path)) out.set(child, text);
  }
  return out;
}

/** Keys without their plural suffix: what the code asks for. */
function baseKeys(tree: Tree): string[] {
  return [...new Set([...leaves(tree).keys()].map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const catalogues = { fr: fr as Tree, en: en as Tree };

/** Words of English sentences that French never uses. */
const ENGLISH_WORDS = new Set(
  'the and your you with this that is are was not for from of to has have will can cannot please someone'.split(
    ' ',
  ),
);
/** Texts French borrows as they are. */
const SAME_IN_BOTH = new Set(['Community manager']);

function englishWords(text: string): number {
  const words =
    text
      .replace(/\{\{[^}]*\}\}/g, '')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  return new Set(words.filter((word) => ENGLISH_WORDS.has(word))).size;
}

function wordCount(text: string): number {
  return (text.replace(/\{\{[^}]*\}\}/g, '').match(/\p{L}{2,}/gu) ?? []).length;
}

describe('translations', () => {
  it('have the same keys in French and English', () => {
    expect(baseKeys(catalogues.fr)).toEqual(baseKeys(catalogues.en));
  });

  it.each(Object.entries(catalogues))('%s has every plural form its language needs', (language, tree) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const all = leaves(tree);
    const plurals = new Set(
      [...all.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')),
    );
    const missing = [...plurals].flatMap((base) =>
      categories
        .filter((category) => !all.has(`${base}_${category}`))
        .map((category) => `${base}_${category}`),
    );
    expect(missing).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const frLeaves = leaves(catalogues.fr);
    const mismatches = [...leaves(catalogues.en)]
      .filter(([key]) => frLeaves.has(key))
      .filter(([key, text]) => variables(text).join() !== variables(frLeaves.get(key) ?? '').join())
      .map(([key]) => key);
    expect(mismatches).toEqual([]);
  });

  it('have no empty text', () => {
    const empty = Object.entries(catalogues).flatMap(([language, tree]) =>
      [...leaves(tree)].filter(([, text]) => text.trim() === '').map(([key]) => `${language}:${key}`),
    );
    expect(empty).toEqual([]);
  });

  it('hold no English sentence in French', () => {
    const english = leaves(catalogues.en);
    const readsAsEnglish = [...leaves(catalogues.fr)]
      .filter(([key, text]) => englishWords(text) >= 2 || (text === english.get(key) && wordCount(text) >= 2))
      .filter(([, text]) => !SAME_IN_BOTH.has(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(readsAsEnglish).toEqual([]);
  });

  it('pluralise and format numbers the French way', () => {
    const i18n = createI18n('fr');
    expect(i18n.t('brands.list.total', { count: 1 })).toBe('1 marque');
    expect(i18n.t('brands.list.total', { count: 0 })).toBe('0 marque');
    expect(i18n.t('brands.list.total', { count: 1234 })).toBe('1\u202f234 marques');
  });

  it('pluralise the English way and switch language at once', () => {
    const i18n = createI18n('en');
    expect(i18n.t('brands.list.total', { count: 0 })).toBe('0 brands');
    expect(i18n.t('accounts.needsReconnectionCount', { count: 2 })).toBe('2 accounts need reconnection');
    void i18n.changeLanguage('fr');
    expect(i18n.t('accounts.needsReconnectionCount', { count: 2 })).toBe('2 comptes à reconnecter');
  });
});
