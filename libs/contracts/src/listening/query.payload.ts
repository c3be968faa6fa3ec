import { IsBoolean, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Network } from '../networks';
import { ListeningItemKind, Sentiment } from './events';

/** Longest query source (the query language refuses longer ones with `QUERY_TOO_LONG`). */
export const MAX_LISTENING_QUERY_SOURCE = 2000;
/** Saved queries a brand may have (deleted ones do not count). */
export const MAX_LISTENING_QUERIES_PER_BRAND = 50;
/** How far back a preview counts stored items. */
export const LISTENING_PREVIEW_DAYS = 30;
/** Items a preview shows, newest first. */
export const LISTENING_PREVIEW_EXAMPLES = 10;

/** A name needs one character that is not a space (it is stored trimmed). */
const NOT_BLANK = /\S/;

export class CreateListeningQueryPayload {
  @IsUUID()
  brandId!: string;

  @IsString()
  @Length(1, 120)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  /** In the listening query language (`@relais/listening-query`). */
  @IsString()
  @MaxLength(MAX_LISTENING_QUERY_SOURCE)
  source!: string;

  /** Default true: the query matches items as they are heard. */
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

/** Renames, rewrites, enables or disables a query; an absent field is unchanged. */
export class UpdateListeningQueryPayload {
  @IsUUID()
  id!: string;

  @IsOptional()
  @IsString()
  @Length(1, 120)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_LISTENING_QUERY_SOURCE)
  source?: string;

  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class ListeningQueryIdPayload {
  @IsUUID()
  id!: string;
}

export class ListListeningQueriesPayload {
  @IsUUID()
  brandId!: string;
}

/** A query as it would run, before it is saved. */
export class PreviewListeningQueryPayload {
  @IsUUID()
  brandId!: string;

  /** Not bounded here: a query too long is answered with its error (`QUERY_TOO_LONG`), like any other. */
  @IsString()
  @MaxLength(MAX_LISTENING_QUERY_SOURCE * 4)
  source!: string;
}

export interface ListeningQueryView {
  id: string;
  brandId: string;
  name: string;
  source: string;
  enabled: boolean;
  /** Who wrote it; null when made by the system. */
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Why a query cannot be read, where: `code` is one of the query language's codes (`QUERY_EMPTY`,
 * `QUERY_UNCLOSED_QUOTE`, ...: `QUERY_ERROR_CODES`), which the console translates. `offset` is 0-based
 * in UTF-16 units; `line` and `column` are 1-based.
 */
export interface ListeningQueryErrorView {
  code: string;
  message: string;
  offset: number;
  line: number;
  column: number;
  /** What would have been accepted there ("a term", "a closing parenthesis"...), possibly empty. */
  expected: string[];
}

/** A stored item, as a preview shows it. */
export interface ListeningItemView {
  id: string;
  network: Network;
  kind: ListeningItemKind;
  authorHandle: string;
  authorName: string | null;
  text: string;
  url: string | null;
  language: string | null;
  sentiment: Sentiment | null;
  publishedAt: string;
}

/** What a query finds among the brand's items of the last `LISTENING_PREVIEW_DAYS` days. */
export type ListeningQueryPreview =
  | { ok: false; error: ListeningQueryErrorView }
  | {
      ok: true;
      /** Items published since `since` that the query matches. */
      total: number;
      since: string;
      /** Up to `LISTENING_PREVIEW_EXAMPLES`, newest first. */
      examples: ListeningItemView[];
    };
