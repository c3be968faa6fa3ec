import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const I18N_DIR = join(__dirname, '..', '..', 'src', 'i18n');

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value)));
}

function catalogueTexts(language: 'en' | 'fr'): string[] {
  return readdirSync(I18N_DIR)
    .filter((file) => file === `${language}.json` || file.endsWith(`.${language}.json`))
    .flatMap((file) => leaves(JSON.parse(readFileSync(join(I18N_DIR, file), 'utf8')) as Tree));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The console's English sentences that French never uses, each as a pattern over a whole text
 * (interpolations match anything). Short ones (a word or two) are left out: "Notifications" or "Date"
 * are French too.
 */
function englishOnlyPatterns(): RegExp[] {
  const french = new Set(catalogueTexts('fr'));
  return [...new Set(catalogueTexts('en'))]
    .filter((text) => !french.has(text))
    .filter(
      (text) =>
        text
          .replace(/\{\{[^}]*\}\}/g, '')
          .replace(/[^A-Za-z]+/g, ' ')
          .trim()
          .split(' ').length >= 3,
    )
    .map(
      (text) =>
        new RegExp(
          `^${text
            .split(/\{\{[^}]*\}\}/)
            .map(escapeRegExp)
            .join('.+')}$`,
        ),
    );
}

/** What libraries print in English when nobody gave them the language: calendars and pickers. */
const LIBRARY_ENGLISH = [
  /^(January|February|March|April|May|June|July|August|September|October|November|December)( \d{4})?$/,
  /^(Mo|Tu|We|Th|Fr|Sa|Su)$/,
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/,
  /^(Someone|Close|Clear|Loading\.*|Nothing found|No options|Previous|Next|Today)$/,
];

/** An i18n key printed as such (`approval.status.DRAFT`): its text is missing. */
const RAW_KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z0-9_]+)+$/;
const NOT_A_KEY = /\.(test|example|com|fr|org|net|social|png|jpe?g|gif|webp|mp4|mov)$/;

/** Every text a person reads or hears on the page: text nodes, labels, placeholders, titles, alt texts. */
export async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Code (an audit action, an identifier) is for machines and the same in every language.
      if (!parent || parent.closest('script, style, noscript, code, [hidden]')) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** Words of English sentences that French never uses: two of them make a sentence English. */
const ENGLISH_WORDS = new Set(
  'the and your you with this that these is are was were not for from of to has have been will can cannot could should please into its their there'.split(
    ' ',
  ),
);

function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z’']+/g) ?? [];
  return new Set(words.filter((word) => ENGLISH_WORDS.has(word))).size >= 2;
}

const ENGLISH_ONLY = englishOnlyPatterns();

/**
 * The texts of `texts` that are English in a French console: the console's own English sentences, a
 * library's English, an i18n key left raw, or any sentence that reads as English. `userContent` (post
 * titles and texts, brand and campaign names) is what people wrote, in whichever language they chose.
 */
export function untranslated(texts: readonly string[], userContent: readonly string[] = []): string[] {
  const written = (text: string) => {
    const shown = text.replace(/…$/, '');
    return userContent.some((content) => content.includes(shown) || shown.includes(content));
  };
  return [
    ...new Set(
      texts.filter(
        (text) =>
          ENGLISH_ONLY.some((pattern) => pattern.test(text)) ||
          LIBRARY_ENGLISH.some((pattern) => pattern.test(text)) ||
          (RAW_KEY.test(text) && !NOT_A_KEY.test(text)) ||
          (looksEnglish(text) && !written(text)),
      ),
    ),
  ];
}
