import { IsBoolean, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

/** `#rrggbb`. */
export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
/** `YYYY-MM-DD`. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export class CreateCampaignPayload {
  @IsUUID()
  brandId!: string;

  @IsString()
  @Length(1, 120)
  name!: string;

  @IsOptional()
  @Matches(COLOR_PATTERN, { message: 'color must be a hex colour such as #228be6' })
  color?: string;

  /** The first day, in the brand's time zone. */
  @IsOptional()
  @Matches(DAY_PATTERN, { message: 'startsOn must be a day such as 2026-03-01' })
  @IsISO8601({ strict: true })
  startsOn?: string | null;

  @IsOptional()
  @Matches(DAY_PATTERN, { message: 'endsOn must be a day such as 2026-03-31' })
  @IsISO8601({ strict: true })
  endsOn?: string | null;
}

/** Changes to a campaign; an absent field is unchanged and `null` clears a date. */
export class UpdateCampaignPayload {
  @IsUUID()
  id!: string;

  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @IsOptional()
  @Matches(COLOR_PATTERN, { message: 'color must be a hex colour such as #228be6' })
  color?: string;

  @IsOptional()
  @Matches(DAY_PATTERN, { message: 'startsOn must be a day such as 2026-03-01' })
  @IsISO8601({ strict: true })
  startsOn?: string | null;

  @IsOptional()
  @Matches(DAY_PATTERN, { message: 'endsOn must be a day such as 2026-03-31' })
  @IsISO8601({ strict: true })
  endsOn?: string | null;
}

export class CampaignIdPayload {
  @IsUUID()
  id!: string;
}

export class ListCampaignsPayload {
  @IsUUID()
  brandId!: string;

  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

export class CreateLabelPayload {
  @IsUUID()
  brandId!: string;

  @IsString()
  @Length(1, 60)
  name!: string;

  @IsOptional()
  @Matches(COLOR_PATTERN, { message: 'color must be a hex colour such as #868e96' })
  color?: string;
}

export class UpdateLabelPayload {
  @IsUUID()
  id!: string;

  @IsOptional()
  @IsString()
  @Length(1, 60)
  name?: string;

  @IsOptional()
  @Matches(COLOR_PATTERN, { message: 'color must be a hex colour such as #868e96' })
  color?: string;
}

export class LabelIdPayload {
  @IsUUID()
  id!: string;
}

export class ListLabelsPayload {
  @IsUUID()
  brandId!: string;
}

export interface CampaignView {
  id: string;
  brandId: string;
  name: string;
  color: string;
  /** `YYYY-MM-DD` in the brand's time zone. */
  startsOn: string | null;
  endsOn: string | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface LabelView {
  id: string;
  brandId: string;
  name: string;
  color: string;
  createdAt: string;
}
