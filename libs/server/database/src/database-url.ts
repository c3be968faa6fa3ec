/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The database a URL points at. */
export function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** The password in a URL, if any. */
export function passwordOf(url: string): string | undefined {
  const password = decodeURIComponent(new URL(url).password);
  return password.length > 0 ? password : undefined;
}
