import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Network } from '../networks';
import { PostStatus } from './post-status';
import { MAX_LINK_URL, MAX_POST_TEXT, MAX_POST_TITLE, PostVariantPayload } from './post.payload';

/**
 * The content service's seed entry point, registered only outside production: the development
 * platform's demo seed writes its posts through it (the demo needs posts already published, which no
 * public request makes). Requests in the name of an agency member (the envelope's agency).
 */
export const ContentSeedSubjects = {
  /** Writes a brand's demo posts, each once (by its key), checked by the service's own rules. */
  posts: 'content.seed.posts',
} as const;

/** The statuses a seeded post may have. */
export type SeedPostStatus =
  PostStatus.Draft | PostStatus.Approved | PostStatus.Scheduled | PostStatus.Archived | PostStatus.Published;

export class SeedCampaignPayload {
  @IsString()
  @Length(1, 100)
  name!: string;

  @IsString()
  @Length(4, 20)
  color!: string;

  @IsISO8601()
  startsOn!: string;

  @IsISO8601()
  endsOn!: string;
}

export class SeedPostTargetPayload {
  @IsUUID()
  accountId!: string;

  @IsEnum(Network)
  network!: Network;
}

export class SeedPostPayload {
  /** Unique within the agency: a post whose key exists is left as it is. */
  @IsString()
  @Length(1, 200)
  key!: string;

  @IsString()
  @Length(1, MAX_POST_TITLE)
  title!: string;

  @IsString()
  @MaxLength(MAX_POST_TEXT)
  baseText!: string;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_LINK_URL)
  linkUrl?: string;

  @IsEnum(PostStatus)
  status!: SeedPostStatus;

  @IsISO8601()
  scheduledAt!: string;

  @IsBoolean()
  inCampaign!: boolean;

  @IsUUID()
  authorId!: string;

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SeedPostTargetPayload)
  targets!: SeedPostTargetPayload[];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PostVariantPayload)
  variants?: PostVariantPayload[];
}

export class SeedPostsPayload {
  @IsUUID()
  brandId!: string;

  /** The brand's time zone (what its scheduled posts' events carry). */
  @IsString()
  @Length(1, 100)
  timezone!: string;

  @IsArray()
  @IsString({ each: true })
  bannedWords!: string[];

  @IsArray()
  @IsString({ each: true })
  requiredHashtags!: string[];

  @ValidateNested()
  @Type(() => SeedCampaignPayload)
  campaign!: SeedCampaignPayload;

  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SeedPostPayload)
  posts!: SeedPostPayload[];
}

export interface SeedPostsResult {
  /** Posts written by this request. */
  created: number;
  /** Posts whose key existed already (left as they were). */
  existing: number;
}
