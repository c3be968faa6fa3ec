import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { PageArgs } from '../pagination';
import { Role } from '../roles';
import { InvitationStatus } from './views';
import { Locale } from './locale';

export class ListMembersPayload extends PageArgs {
  @IsOptional()
  @IsEnum(Role)
  role?: Role;
}

export class MemberIdPayload {
  @IsUUID()
  id!: string;
}

export class ChangeMemberRolePayload {
  @IsUUID()
  id!: string;

  @IsEnum(Role)
  role!: Role;

  /** For a brand role: the brand. For a community manager: the assigned brands. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  brandIds?: string[];
}

export class AssignBrandsPayload {
  @IsUUID()
  id!: string;

  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  brandIds!: string[];
}

export class CreateInvitationPayload {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsEnum(Role)
  role!: Role;

  /** Required for brand roles (exactly one) and optional for community managers. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  brandIds?: string[];

  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;

  @IsOptional()
  @IsString()
  @Length(8, 100)
  idempotencyKey?: string;
}

export class InvitationIdPayload {
  @IsUUID()
  id!: string;
}

export class ListInvitationsPayload extends PageArgs {
  @IsOptional()
  @IsEnum(InvitationStatus)
  status?: InvitationStatus;
}

export class UpdateProfilePayload {
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

export class ChangePasswordPayload {
  @IsString()
  @Length(1, 200)
  currentPassword!: string;

  @IsString()
  @Length(10, 200)
  newPassword!: string;
}

export class UpdateAgencyPayload {
  @IsOptional()
  @IsString()
  @Length(2, 120)
  name?: string;

  @IsOptional()
  @IsEnum(Locale)
  defaultLocale?: Locale;
}

export class ListAuditPayload extends PageArgs {
  @IsOptional()
  @IsString()
  @MaxLength(80)
  action?: string;
}
