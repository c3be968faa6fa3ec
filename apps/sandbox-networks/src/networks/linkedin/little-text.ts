/** Characters LinkedIn's "little text" format reserves; commentary escapes them with a backslash. */
export const LITTLE_TEXT_RESERVED = '\\|{}@[]()<>#*_~';

/**
 * The commentary as a person reads it: `\(` becomes `(`, and so on. A reserved character left
 * unescaped is reported (LinkedIn cuts the text there or reads it as markup).
 */
export function readLittleText(commentary: string): { text: string; unescaped: string[] } {
  let text = '';
  const unescaped: string[] = [];
  for (let i = 0; i < commentary.length; i++) {
    const char = commentary[i];
    if (char === '\\' && i + 1 < commentary.length && LITTLE_TEXT_RESERVED.includes(commentary[i + 1])) {
      text += commentary[i + 1];
      i++;
      continue;
    }
    if (LITTLE_TEXT_RESERVED.includes(char)) unescaped.push(char);
    text += char;
  }
  return { text, unescaped };
}
