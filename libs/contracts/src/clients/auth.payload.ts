import {
  IsEmail,
  IsEnum,
  IsInt,
  IsIP,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Locale } from './locale';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export class SignUpPayload {
  @IsString()
  @Length(2, 120)
  agencyName!: string;

  @IsString()
  @Length(1, 120)
  name!: string;

  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @IsEnum(Locale)
  locale!: Locale;

  @IsOptional()
  @IsIP()
  ip?: string;
}

export class SignInPayload {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  /** Which agency to open, for a user who belongs to several. Defaults to the last one used. */
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @IsOptional()
  @IsIP()
  ip?: string;
}

export class RefreshPayload {
  @IsString()
  @Length(20, 300)
  refreshToken!: string;

  /** Switch to this agency while refreshing (the user must be a member). */
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

export class SignOutPayload {
  @IsString()
  @Length(20, 300)
  refreshToken!: string;
}

export class InvitationPreviewPayload {
  @IsString()
  @Length(20, 300)
  token!: string;
}

export class AcceptInvitationPayload {
  @IsString()
  @Length(20, 300)
  token!: string;

  /** Required when the invited e-mail has no account yet. */
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  /** A new password for a new account, or the existing account's password. */
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;

  @IsOptional()
  @IsIP()
  ip?: string;
}

/** Most sessions one page of `clients.session.revokedSince` answers. */
export const REVOKED_SESSIONS_PAGE_MAX = 1000;

/**
 * System only (the gateway, at start): sessions revoked after `since`, oldest first. Pages go on
 * after the last one received: `since` = its `revokedAt`, `afterSessionId` = its `sessionId`.
 */
export class RevokedSessionsPayload {
  @IsISO8601({ strict: true })
  since!: string;

  @IsOptional()
  @IsUUID()
  afterSessionId?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(REVOKED_SESSIONS_PAGE_MAX)
  limit?: number;
}
