const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** A quoted identifier; only plain lowercase names are accepted, so nothing needs escaping. */
export function quoteIdent(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a valid SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** `schema.table` → `"schema"."table"`. */
export function quoteTable(qualified: string): string {
  const parts = qualified.split('.');
  if (parts.length !== 2) throw new Error(`Expected schema.table, got ${JSON.stringify(qualified)}`);
  return parts.map(quoteIdent).join('.');
}
