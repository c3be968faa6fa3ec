import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

/** Cursor pagination arguments shared by every list request. */
export class PageArgs {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string | null;
}

export interface Page<T> {
  items: T[];
  /** Cursor of each item, same order as items. */
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}
