/** Someone who can be mentioned in a comment. */
export interface MentionCandidate {
  userId: string;
  name: string;
}

/** The `@word` being typed just before the caret: where it starts (the `@`) and what follows it. */
export interface MentionQuery {
  start: number;
  query: string;
}

const MAX_QUERY_LENGTH = 40;

/**
 * The mention being typed at `caret`, if any: an `@` at the start of the text or after a space or
 * punctuation, followed by letters up to the caret (names may hold one space, as in "@Jeanne Mar").
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  const previous = at > 0 ? before[at - 1] : ' ';
  if (previous !== undefined && /[\p{L}\p{N}_.]/u.test(previous)) return null;
  const query = before.slice(at + 1);
  if (query.length > MAX_QUERY_LENGTH || /\n/.test(query) || /\s{2}|^\s/.test(query)) return null;
  if ((query.match(/\s/g) ?? []).length > 2) return null;
  return { start: at, query };
}

function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Candidates whose name (or one of its words) starts with `query`, accents and case ignored. */
export function matchCandidates<T extends MentionCandidate>(candidates: readonly T[], query: string): T[] {
  const wanted = fold(query.trim());
  if (wanted.length === 0) return [...candidates];
  return candidates.filter((candidate) => {
    const name = fold(candidate.name);
    return name.startsWith(wanted) || name.split(/\s+/).some((word) => word.startsWith(wanted));
  });
}

/** `text` with the mention typed from `query.start` to `caret` replaced by `@Name `, and the new caret. */
export function insertMention(
  text: string,
  query: MentionQuery,
  caret: number,
  name: string,
): { text: string; caret: number } {
  const inserted = `@${name} `;
  const rest = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, query.start) + inserted + rest, caret: query.start + inserted.length };
}

/** The ids of the picked people whose `@Name` is still in the text (a mention deleted while editing is dropped). */
export function mentionedUserIds(text: string, picked: readonly MentionCandidate[]): string[] {
  const ids = picked.filter((person) => text.includes(`@${person.name}`)).map((person) => person.userId);
  return [...new Set(ids)];
}
