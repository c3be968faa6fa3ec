/** `%text%` for ILIKE, with the wildcards of the text escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A nullable timestamp column as the contracts' ISO 8601 string. */
export function isoOrNull(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
