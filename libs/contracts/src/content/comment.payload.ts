import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { isBrandScopedRole, Role } from '../roles';

/** Who may read a comment: the agency's staff only, or the client brand too. */
export enum CommentVisibility {
  Internal = 'internal',
  Shared = 'shared',
}

export const MAX_COMMENT_BODY = 4_000;
export const MAX_COMMENT_MENTIONS = 20;

export class AddCommentPayload {
  @IsUUID()
  postId!: string;

  /** The comment this one answers. */
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_COMMENT_BODY)
  body!: string;

  /** Brand users may only write shared comments. */
  @IsEnum(CommentVisibility)
  visibility!: CommentVisibility;

  /** Members to notify; each must be able to read the comment. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_COMMENT_MENTIONS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  mentionUserIds?: string[];
}

export class EditCommentPayload {
  @IsUUID()
  id!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_COMMENT_BODY)
  body!: string;
}

export class CommentIdPayload {
  @IsUUID()
  id!: string;
}

export class ListCommentsPayload {
  @IsUUID()
  postId!: string;
}

export class MentionableMembersPayload {
  @IsUUID()
  brandId!: string;
}

export interface PostCommentView {
  id: string;
  postId: string;
  parentId: string | null;
  /** Empty once deleted. */
  body: string;
  visibility: CommentVisibility;
  /** Null for a client writing through a review link. */
  authorId: string | null;
  authorName: string | null;
  authorRole: Role | null;
  viaLink: boolean;
  mentions: string[];
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
}

export interface MentionableMemberView {
  userId: string;
  name: string;
  role: Role;
}

/**
 * Whether a member (role and brands as the clients service lists them) reads the brand's posts:
 * brand users and community managers only their brands, every other agency role every brand.
 */
export function memberSeesBrand(
  member: { role: Role; brandIds: readonly string[] },
  brandId: string,
): boolean {
  return isBrandScopedRole(member.role) ? member.brandIds.includes(brandId) : true;
}
