import { TextConstraint, textProblem, unsafeTextFields } from './text-input';

describe('textProblem', () => {
  it.each(['', 'Café ☕', 'emoji 😀 (a surrogate pair)', 'tab\tand\nnewline'])('accepts %p', (text) =>
    expect(textProblem(text)).toBeNull(),
  );

  it('refuses the NUL character', () => {
    expect(textProblem('a\u0000b')).toBe(TextConstraint.NoNulCharacter);
  });

  it.each(['\ud800', 'x\udfff', 'end \ud83d', '\ude00 start'])('refuses the lone surrogate in %p', (text) =>
    expect(textProblem(text)).toBe(TextConstraint.WellFormedUnicode),
  );

  it('accepts what JSON.parse gives for a well-formed escaped pair', () => {
    expect(textProblem(JSON.parse('"\\ud83d\\ude00"') as string)).toBeNull();
  });
});

describe('unsafeTextFields', () => {
  it('names every bad string, in nested objects and arrays of strings, by its dotted path', () => {
    const fields = unsafeTextFields({
      name: 'ok',
      guidelines: { toneNotes: 'a\u0000', bannedWords: ['fine', 'b\ud800'] },
      variants: [{ text: 'fine' }, { text: '\u0000' }],
      count: 3,
      archived: null,
    });
    expect(fields).toEqual([
      {
        field: 'guidelines.toneNotes',
        constraint: 'noNulCharacter',
        message: 'guidelines.toneNotes must not contain the NUL character (U+0000)',
      },
      {
        field: 'guidelines.bannedWords.1',
        constraint: 'wellFormedUnicode',
        message:
          'guidelines.bannedWords.1 is not valid Unicode: it holds a lone UTF-16 surrogate (half of a character)',
      },
      {
        field: 'variants.1.text',
        constraint: 'noNulCharacter',
        message: 'variants.1.text must not contain the NUL character (U+0000)',
      },
    ]);
  });

  it('names fields the way the caller asks', () => {
    const fields = unsafeTextFields({ input: { title: '\u0000' } }, (path) => path.slice(1).join('.'));
    expect(fields.map((field) => field.field)).toEqual(['title']);
  });

  it('finds nothing in clean input and walks deep nesting without exhausting the stack', () => {
    let deep: unknown = 'leaf\u0000';
    for (let level = 0; level < 20_000; level++) deep = [deep];
    expect(unsafeTextFields({ a: ['x', { b: 'y' }] })).toEqual([]);
    expect(unsafeTextFields(deep)).toHaveLength(1);
  });
});
