import { FieldError } from './errors';

/**
 * The rule every text input follows, wherever it enters (GraphQL arguments, NATS payloads): it must
 * be text Postgres can store as sent. Postgres refuses the NUL character, and a lone UTF-16 surrogate
 * (which JSON can carry as `"\ud800"`) would be silently replaced when encoded as UTF-8.
 */
export enum TextConstraint {
  /** The text holds U+0000. */
  NoNulCharacter = 'noNulCharacter',
  /** The text holds half of a surrogate pair: it is not Unicode. */
  WellFormedUnicode = 'wellFormedUnicode',
}

/** In a `u` regular expression a surrogate pair is one code point, so this matches only lone halves. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** What is wrong with one text, or null when it can be stored as sent. */
export function textProblem(value: string): TextConstraint | null {
  if (value.includes('\u0000')) return TextConstraint.NoNulCharacter;
  if (LONE_SURROGATE.test(value)) return TextConstraint.WellFormedUnicode;
  return null;
}

const MESSAGES: Record<TextConstraint, (field: string) => string> = {
  [TextConstraint.NoNulCharacter]: (field) => `${field} must not contain the NUL character (U+0000)`,
  [TextConstraint.WellFormedUnicode]: (field) =>
    `${field} is not valid Unicode: it holds a lone UTF-16 surrogate (half of a character)`,
};

/** A text that breaks the rule, and where: property names and array indexes from the root. */
export interface UnsafeText {
  path: string[];
  constraint: TextConstraint;
}

/** Where a value sits: its key, under its parent (a chain, so deep input costs no path copies). */
interface Place {
  key: string;
  parent: Place | null;
}

function pathOf(place: Place | null): string[] {
  const path: string[] = [];
  for (let at = place; at; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Every string in `value` that breaks the rule: at any depth, in objects and arrays. Walks without
 * recursion, so deeply nested input cannot exhaust the stack.
 */
export function unsafeTexts(value: unknown): UnsafeText[] {
  const found: UnsafeText[] = [];
  const pending: { value: unknown; place: Place | null }[] = [{ value, place: null }];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const next = pending.pop();
    if (!next) break;
    if (typeof next.value === 'string') {
      const constraint = textProblem(next.value);
      if (constraint) found.push({ path: pathOf(next.place), constraint });
    } else if (typeof next.value === 'object' && next.value !== null && !seen.has(next.value)) {
      seen.add(next.value);
      const entries: [string, unknown][] = Array.isArray(next.value)
        ? (next.value as unknown[]).map((item, index): [string, unknown] => [String(index), item])
        : Object.entries(next.value as Record<string, unknown>);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, item] = entries[index];
        pending.push({ value: item, place: { key, parent: next.place } });
      }
    }
  }
  return found;
}

/**
 * The rule's field errors for `value`, one per offending string, named by `name` (default: the
 * dotted path, array items by index as `hashtags.1`, like the other field errors).
 */
export function unsafeTextFields(
  value: unknown,
  name: (path: string[]) => string = (path) => path.join('.'),
): FieldError[] {
  return unsafeTexts(value).map(({ path, constraint }) => {
    const field = name(path);
    return { field, message: MESSAGES[constraint](field || 'the input'), constraint };
  });
}
