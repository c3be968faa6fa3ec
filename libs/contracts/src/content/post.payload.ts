import { OmitType, PartialType } from '@nestjs/mapped-types';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Network } from '../networks';
import { PageArgs } from '../pagination';
import { CampaignView, LabelView } from './campaign.payload';
import { PostStatus } from './post-status';
import type { LinkCardView } from './link-card.payload';
import { RecurrenceView } from './schedule.payload';

/** The longest text a post may hold anywhere (Facebook's limit); each network's own limit is checked apart. */
export const MAX_POST_TEXT = 63_206;
export const MAX_POST_TITLE = 200;
export const MAX_POST_MEDIA = 20;
export const MAX_POST_TARGETS = 50;
export const MAX_POST_LABELS = 20;
export const MAX_LINK_URL = 2_000;
export const MAX_FIRST_COMMENT = 8_000;
/** The most parts a thread may have (the post's text is the first). */
export const MAX_THREAD_PARTS = 25;

/**
 * The parts of a thread after the first (the post's text is part 1): each a reply to the one before on
 * X, Bluesky and Mastodon. On Facebook and LinkedIn a second part becomes the first comment; more parts
 * are refused there. Empty: a single post.
 */
function ThreadParts(): PropertyDecorator {
  return (target, key) => {
    for (const decorate of [
      IsOptional(),
      IsArray(),
      ArrayMaxSize(MAX_THREAD_PARTS - 1),
      IsString({ each: true }),
      MaxLength(MAX_POST_TEXT, { each: true }),
    ]) {
      decorate(target, key);
    }
  };
}

/**
 * One network's version of a post. `customized: false` makes it follow the base text, link and media
 * again (its own text, link and media are dropped); otherwise the fields given replace the variant's
 * own. The first comment belongs to the variant whether it follows the base or not.
 */
export class PostVariantPayload {
  @IsEnum(Network)
  network!: Network;

  /** Omitted: true when text, link or media are given, else unchanged. */
  @IsOptional()
  @IsBoolean()
  customized?: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_POST_TEXT)
  text?: string;

  /** Null or empty: no link. */
  @IsOptional()
  @IsString()
  @MaxLength(MAX_LINK_URL)
  linkUrl?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_POST_MEDIA)
  @IsUUID('all', { each: true })
  mediaIds?: string[];

  /** The thread's parts after the first, for this network (a customized variant's own). */
  @ThreadParts()
  threadParts?: string[];

  /** Null or empty: no first comment. */
  @IsOptional()
  @IsString()
  @MaxLength(MAX_FIRST_COMMENT)
  firstComment?: string | null;
}

export class CreatePostPayload {
  @IsUUID()
  brandId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_POST_TITLE)
  title?: string;

  @IsString()
  @MaxLength(MAX_POST_TEXT)
  baseText!: string;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_LINK_URL)
  linkUrl?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_POST_MEDIA)
  @IsUUID('all', { each: true })
  mediaIds?: string[];

  /** The thread's parts after the first; omitted or empty: a single post. */
  @ThreadParts()
  threadParts?: string[];

  /** Connected accounts of the brand the post goes out on; one variant per network among them. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_POST_TARGETS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  accountIds!: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => PostVariantPayload)
  variants?: PostVariantPayload[];

  @IsOptional()
  @IsUUID()
  campaignId?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_POST_LABELS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  labelIds?: string[];

  /** Where the post sits on the calendar (it is scheduled for real only through the approval flow). */
  @IsOptional()
  @IsISO8601({ strict: true })
  scheduledAt?: string | null;

  /** Repeating a create with the same key returns the post created the first time. */
  @IsOptional()
  @IsString()
  @Length(8, 100)
  idempotencyKey?: string;
}

/**
 * Changes to a post: the fields of `CreatePostPayload` (but the brand and the idempotency key), each
 * optional, with the same checks. An absent field is unchanged; `null` clears `linkUrl`, `campaignId`
 * and `scheduledAt`. `version` is the version the change was made on: a stale one is refused.
 */
export class UpdatePostPayload extends PartialType(
  OmitType(CreatePostPayload, ['brandId', 'idempotencyKey'] as const),
) {
  @IsUUID()
  id!: string;

  @IsInt()
  @Min(1)
  version!: number;
}

export class PostIdPayload {
  @IsUUID()
  id!: string;
}

export class ListPostsPayload extends PageArgs {
  /** One brand (NOT_FOUND when the caller cannot see it); omitted: every brand in scope. */
  @IsOptional()
  @IsUUID()
  brandId?: string;

  /** Omitted: every status but archived. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @IsEnum(PostStatus, { each: true })
  status?: PostStatus[];

  /** Posts targeting an account on this network. */
  @IsOptional()
  @IsEnum(Network)
  network?: Network;

  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @IsOptional()
  @IsUUID()
  labelId?: string;

  @IsOptional()
  @IsUUID()
  authorId?: string;

  /** Planned at or after (`scheduledAt >= from`). */
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  /** Planned before (`scheduledAt < to`). */
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  /** Words in the title, the base text or a variant's text. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

/** A post as it would be saved, checked against the networks' rules and the brand's guidelines. */
export class CheckPostPayload {
  @IsUUID()
  brandId!: string;

  @IsString()
  @MaxLength(MAX_POST_TEXT)
  baseText!: string;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_LINK_URL)
  linkUrl?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_POST_MEDIA)
  @IsUUID('all', { each: true })
  mediaIds?: string[];

  @ThreadParts()
  threadParts?: string[];

  @IsArray()
  @ArrayMaxSize(MAX_POST_TARGETS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  accountIds!: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => PostVariantPayload)
  variants?: PostVariantPayload[];
}

export interface PostTargetView {
  accountId: string;
  network: Network;
}

export interface PostVariantView {
  network: Network;
  customized: boolean;
  text: string;
  linkUrl: string | null;
  mediaIds: string[];
  /** The thread's parts after the first, as this network receives them. */
  threadParts: string[];
  firstComment: string | null;
  /** The brand's kept card of `linkUrl` (read when previewed or scheduled); null when none is kept. */
  linkCard: LinkCardView | null;
}

/** A guideline the post does not follow but may still be saved with (a missing required hashtag). */
export interface GuidelineWarningView {
  rule: 'MISSING_HASHTAG';
  /** The network whose text misses it; null when every text misses it. */
  network: Network | null;
  params: Record<string, string>;
  message: string;
}

export interface PostView {
  id: string;
  brandId: string;
  title: string;
  baseText: string;
  linkUrl: string | null;
  mediaIds: string[];
  /** The thread's parts after the first (`baseText` is part 1); empty: a single post. */
  threadParts: string[];
  campaign: CampaignView | null;
  labels: LabelView[];
  status: PostStatus;
  scheduledAt: string | null;
  /** Null: the post goes out once. */
  recurrence: RecurrenceView | null;
  authorId: string;
  version: number;
  targets: PostTargetView[];
  variants: PostVariantView[];
  createdAt: string;
  updatedAt: string;
  guidelineWarnings: GuidelineWarningView[];
}

/** One rule of a network the post breaks (`@relais/network-rules` codes). */
export interface PostViolationView {
  network: Network;
  field: string;
  rule: string;
  params: Record<string, string | number>;
  index: number | null;
  message: string;
}

export interface BannedWordView {
  word: string;
  /** How it is written in the text. */
  match: string;
  network: Network | null;
}

export interface PostCheckView {
  violations: PostViolationView[];
  guidelineWarnings: GuidelineWarningView[];
  bannedWords: BannedWordView[];
}
