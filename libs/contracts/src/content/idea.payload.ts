import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { PageArgs } from '../pagination';

export const MAX_FEED_URL = 2_000;
/** Feeds one brand may follow. */
export const MAX_FEEDS_PER_BRAND = 50;

export enum IdeaStatus {
  New = 'new',
  Dismissed = 'dismissed',
  /** A draft post was made from it. */
  Drafted = 'drafted',
}

export class AddFeedPayload {
  @IsUUID()
  brandId!: string;

  /** An http(s) RSS or Atom feed; checked further by the service (scheme, host, reachability). */
  @IsString()
  @MaxLength(MAX_FEED_URL)
  url!: string;
}

export class FeedIdPayload {
  @IsUUID()
  id!: string;
}

export class ListFeedsPayload {
  @IsUUID()
  brandId!: string;
}

export class ListIdeasPayload extends PageArgs {
  @IsUUID()
  brandId!: string;

  @IsOptional()
  @IsEnum(IdeaStatus)
  status?: IdeaStatus;
}

export class IdeaIdPayload {
  @IsUUID()
  id!: string;
}

export class CreateDraftFromIdeaPayload {
  @IsUUID()
  ideaId!: string;

  /** Connected accounts of the idea's brand the draft targets. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  accountIds!: string[];
}

/** A feed a brand follows. Dates are ISO strings. */
export interface FeedView {
  id: string;
  brandId: string;
  url: string;
  /** The feed's own title, once read. */
  title: string | null;
  lastFetchedAt: string | null;
  /** Why the last read failed; null when it worked. */
  lastError: string | null;
  lastErrorAt: string | null;
  /** Ideas the feed brought that are still new. */
  newIdeaCount: number;
  createdAt: string;
}

export interface IdeaView {
  id: string;
  brandId: string;
  feedId: string;
  feedTitle: string | null;
  title: string;
  link: string | null;
  /** Plain text (HTML removed), shortened. */
  summary: string;
  publishedAt: string | null;
  status: IdeaStatus;
  /** The draft made from it. */
  postId: string | null;
  createdAt: string;
}
