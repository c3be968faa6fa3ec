import { PageArgs } from '@relais/contracts';

export const DEFAULT_PAGE_SIZE = 20;

export function pageSize(args: PageArgs): number {
  return args.first ?? DEFAULT_PAGE_SIZE;
}

/** `%text%` for ILIKE, with the wildcards of the text escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function isoOrNull(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
