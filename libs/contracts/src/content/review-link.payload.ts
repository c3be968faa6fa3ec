import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Locale } from '../clients/locale';
import { Network } from '../networks';
import { MAX_COMMENT_BODY, PostCommentView } from './comment.payload';
import { PostStatus } from './post-status';

export const MAX_REVIEW_LINK_POSTS = 50;
/** The longest a review link may stay valid: 30 days. */
export const MAX_REVIEW_LINK_HOURS = 720;
/** Longer than any token the service issues; anything longer is refused unread. */
export const MAX_REVIEW_LINK_TOKEN = 200;

export enum ReviewLinkStatus {
  Active = 'active',
  Expired = 'expired',
  Revoked = 'revoked',
  Used = 'used',
}

/** What a client decides through a link, for one post. */
export enum ReviewLinkDecision {
  Approve = 'approve',
  RequestChanges = 'request_changes',
  Comment = 'comment',
}

export class CreateReviewLinkPayload {
  @IsUUID()
  brandId!: string;

  /** Posts of the brand waiting for the client's approval. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_REVIEW_LINK_POSTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  postIds!: string[];

  @IsString()
  @Length(1, 120)
  recipientName!: string;

  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  recipientEmail?: string;

  /** Omitted: the service's default (`REVIEW_LINK_TTL_HOURS`). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_REVIEW_LINK_HOURS)
  expiresInHours?: number;
}

export class ListReviewLinksPayload {
  @IsUUID()
  brandId!: string;
}

export class ReviewLinkIdPayload {
  @IsUUID()
  id!: string;
}

export class OpenReviewLinkPayload {
  @IsString()
  @MaxLength(MAX_REVIEW_LINK_TOKEN)
  token!: string;
}

export class DecideViaReviewLinkPayload {
  @IsString()
  @MaxLength(MAX_REVIEW_LINK_TOKEN)
  token!: string;

  @IsUUID()
  postId!: string;

  @IsEnum(ReviewLinkDecision)
  decision!: ReviewLinkDecision;

  /** Required to request changes or to comment. */
  @IsOptional()
  @IsString()
  @MaxLength(MAX_COMMENT_BODY)
  comment?: string;
}

export interface ReviewLinkView {
  id: string;
  brandId: string;
  postIds: string[];
  recipientName: string;
  recipientEmail: string | null;
  expiresAt: string;
  createdAt: string;
  createdByName: string | null;
  status: ReviewLinkStatus;
}

/** The link, and the address to send (shown once: only a hash of the token is kept). */
export interface CreatedReviewLinkView {
  link: ReviewLinkView;
  url: string;
  /** Whether the link was e-mailed to its recipient (false without an address, an SMTP server, or on failure). */
  emailSent: boolean;
}

export interface ReviewMediaView {
  url: string;
  kind: string;
  altText: string;
  width: number | null;
  height: number | null;
}

export interface ReviewVariantView {
  network: Network;
  text: string;
  linkUrl: string | null;
  /** The thread's parts after `text`, as this network receives them; empty: a single post. */
  threadParts: string[];
  firstComment: string | null;
  media: ReviewMediaView[];
}

export interface ReviewPostView {
  id: string;
  title: string;
  status: PostStatus;
  scheduledAt: string | null;
  /** The brand's IANA time zone, to show `scheduledAt` in. */
  timezone: string;
  baseText: string;
  variants: ReviewVariantView[];
  /** What this link decided for the post; null until it decides. */
  decision: ReviewLinkDecision | null;
  /** Comments shared with the client, oldest first. */
  comments: PostCommentView[];
}

/** What a review link shows to the client who opens it. */
export interface ReviewSessionView {
  brandName: string;
  language: Locale;
  recipientName: string;
  expiresAt: string;
  posts: ReviewPostView[];
}
