/** Characters LinkedIn's "little text" format reserves; commentary escapes them with a backslash. */
export const LITTLE_TEXT_RESERVED = '\\|{}@[]()<>#*_~';

/** `{hashtag|\#|tag}`: LinkedIn's hashtag template (the tag's own reserved characters escaped). */
const HASHTAG_TEMPLATE = /^\{hashtag\|\\#\|((?:\\.|[^\\{}])*)\}/;

export interface LittleText {
  /** The commentary as a person reads it. */
  text: string;
  /** Reserved characters sent without escape (LinkedIn cuts the text there or reads them as markup). */
  unescaped: string[];
  /** The hashtags written as the hashtag template, without their `#`. */
  hashtags: string[];
}

/** The commentary as a person reads it: `\(` becomes `(`, `{hashtag|\#|news}` becomes `#news`. */
export function readLittleText(commentary: string): LittleText {
  let text = '';
  const unescaped: string[] = [];
  const hashtags: string[] = [];
  for (let i = 0; i < commentary.length; i++) {
    const char = commentary[i];
    if (char === '\\' && i + 1 < commentary.length && LITTLE_TEXT_RESERVED.includes(commentary[i + 1])) {
      text += commentary[i + 1];
      i++;
      continue;
    }
    const template = char === '{' ? HASHTAG_TEMPLATE.exec(commentary.slice(i)) : null;
    if (template) {
      const tag = readLittleText(template[1]);
      unescaped.push(...tag.unescaped);
      hashtags.push(tag.text);
      text += `#${tag.text}`;
      i += template[0].length - 1;
      continue;
    }
    if (LITTLE_TEXT_RESERVED.includes(char)) unescaped.push(char);
    text += char;
  }
  return { text, unescaped, hashtags };
}
