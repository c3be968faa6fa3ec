import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Network } from '../networks';
import { MAX_PAGE_SIZE, PageArgs } from '../pagination';

export class AccountCredentialsPayload {
  @IsString()
  @Length(1, 4096)
  accessToken!: string;

  @IsOptional()
  @IsString()
  @Length(1, 4096)
  refreshToken?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  expiresAt?: string;
}

export class ConnectAccountPayload {
  @IsUUID()
  brandId!: string;

  @IsEnum(Network)
  network!: Network;

  @IsString()
  @Length(1, 200)
  handle!: string;

  @IsString()
  @Length(1, 200)
  externalId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  displayName?: string;

  /** The instance or server base URL, for Mastodon and Bluesky (PDS). */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(300)
  instanceUrl?: string;

  @ValidateNested()
  @Type(() => AccountCredentialsPayload)
  credentials!: AccountCredentialsPayload;

  /**
   * Connect it to this brand although another brand of the agency already has it: both brands then
   * use it (one set of credentials). Without it, such a connect is refused and names that brand.
   */
  @IsOptional()
  @IsBoolean()
  share?: boolean;

  @IsOptional()
  @IsString()
  @Length(8, 100)
  idempotencyKey?: string;
}

export class ReconnectAccountPayload {
  @IsUUID()
  id!: string;

  @ValidateNested()
  @Type(() => AccountCredentialsPayload)
  credentials!: AccountCredentialsPayload;
}

export class AccountIdPayload {
  @IsUUID()
  id!: string;
}

export class ListAccountsPayload extends PageArgs {
  /** One brand: NOT_FOUND when the caller cannot see it. */
  @IsOptional()
  @IsUUID()
  brandId?: string;

  /** Several brands at once (a page of brands): those the caller cannot see add nothing. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PAGE_SIZE)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  brandIds?: string[];
}

export class MarkNeedsReconnectionPayload {
  @IsUUID()
  id!: string;

  @IsString()
  @Length(1, 500)
  reason!: string;
}

/** Tokens a refresh obtained (publishing only). An omitted `refreshToken` keeps the stored one. */
export class StoreAccountCredentialsPayload {
  @IsUUID()
  id!: string;

  @ValidateNested()
  @Type(() => AccountCredentialsPayload)
  credentials!: AccountCredentialsPayload;
}
