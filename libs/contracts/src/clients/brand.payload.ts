import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../pagination';
import { HASHTAG_PATTERN, IsIanaTimezone, MARKET_PATTERN, SLUG_PATTERN } from '../validation';
import { Locale } from './locale';

export class BrandGuidelinesPayload {
  @IsString()
  @MaxLength(4000)
  toneNotes!: string;

  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(HASHTAG_PATTERN, {
    each: true,
    message: 'each required hashtag must be letters, digits or _ (without #)',
  })
  requiredHashtags!: string[];

  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 80, { each: true })
  bannedWords!: string[];

  /** Every picture needs a description before a post can be scheduled. Left out: unchanged (off at first). */
  @IsOptional()
  @IsBoolean()
  requireAltText?: boolean;
}

export class CreateBrandPayload {
  @IsString()
  @Length(1, 120)
  name!: string;

  @IsOptional()
  @IsString()
  @Length(1, 60)
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase letters, digits and hyphens' })
  slug?: string;

  @IsIanaTimezone()
  timezone!: string;

  @IsEnum(Locale)
  defaultLanguage!: Locale;

  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(MARKET_PATTERN, {
    each: true,
    message: 'each target market must be a two-letter country code (FR, US)',
  })
  targetMarkets!: string[];

  @ValidateNested()
  @Type(() => BrandGuidelinesPayload)
  guidelines!: BrandGuidelinesPayload;

  /** Repeating a create with the same key returns the brand created the first time. */
  @IsOptional()
  @IsString()
  @Length(8, 100)
  idempotencyKey?: string;
}

export class UpdateBrandPayload {
  @IsUUID()
  id!: string;

  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @IsOptional()
  @IsString()
  @Length(1, 60)
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase letters, digits and hyphens' })
  slug?: string;

  @IsOptional()
  @IsIanaTimezone()
  timezone?: string;

  @IsOptional()
  @IsEnum(Locale)
  defaultLanguage?: Locale;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(MARKET_PATTERN, {
    each: true,
    message: 'each target market must be a two-letter country code (FR, US)',
  })
  targetMarkets?: string[];

  @IsOptional()
  @ValidateNested()
  @Type(() => BrandGuidelinesPayload)
  guidelines?: BrandGuidelinesPayload;
}

export class BrandIdPayload {
  @IsUUID()
  id!: string;
}

export class ListBrandsPayload extends PageArgs {
  @IsOptional()
  @IsString()
  @MaxLength(120)
  search?: string;

  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}
