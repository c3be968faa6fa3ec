import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { MAX_PAGE_SIZE, PageArgs } from '../pagination';

/** What a library file is: still images, animated GIFs and videos are treated apart by the networks. */
export enum MediaKind {
  Image = 'image',
  Gif = 'gif',
  Video = 'video',
}

/** `pending` until the uploaded bytes are checked by `completeUpload`; only `ready` media can be used. */
export enum MediaStatus {
  Pending = 'pending',
  Ready = 'ready',
}

/** The content types the library accepts, with the kind each one is. */
export const MEDIA_CONTENT_TYPES: Readonly<Record<string, MediaKind>> = {
  'image/jpeg': MediaKind.Image,
  'image/png': MediaKind.Image,
  'image/webp': MediaKind.Image,
  'image/gif': MediaKind.Gif,
  'video/mp4': MediaKind.Video,
  'video/quicktime': MediaKind.Video,
};

export const MAX_ALT_TEXT = 1_500;
export const MAX_MEDIA_FILE_NAME = 255;

/** Registers a file about to be uploaded: the service answers where to send it. */
export class CreateMediaUploadPayload {
  @IsUUID()
  brandId!: string;

  @IsString()
  @Length(1, MAX_MEDIA_FILE_NAME)
  fileName!: string;

  /** Checked against the accepted types here, and against the real bytes once uploaded. */
  @IsString()
  @IsIn(Object.keys(MEDIA_CONTENT_TYPES), {
    message: `contentType must be one of ${Object.keys(MEDIA_CONTENT_TYPES).join(', ')}`,
  })
  contentType!: string;

  /** The exact size of the file; the upload may not be larger. The service's own maximum applies. */
  @IsInt()
  @Min(1)
  sizeBytes!: number;
}

export class MediaIdPayload {
  @IsUUID()
  id!: string;
}

export class UpdateMediaPayload {
  @IsUUID()
  id!: string;

  /** What the image or video shows, for screen readers (sent to the networks that take it). */
  @IsString()
  @MaxLength(MAX_ALT_TEXT)
  altText!: string;
}

/**
 * A brand's library (ready media, newest first), or media by id (`ids`: any brand the caller can see,
 * pending or deleted ones included, since posts keep referring to them; ids the caller cannot see are
 * left out). One of `brandId` or `ids` is required.
 */
export class ListMediaPayload extends PageArgs {
  @IsOptional()
  @IsUUID()
  brandId?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PAGE_SIZE)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids?: string[];

  @IsOptional()
  @IsEnum(MediaKind)
  kind?: MediaKind;
}

export interface MediaView {
  id: string;
  brandId: string;
  fileName: string;
  contentType: string;
  kind: MediaKind;
  status: MediaStatus;
  /** Declared while pending; measured once ready. */
  sizeBytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  sha256: string | null;
  altText: string;
  /** A signed, short-lived download URL; null while pending. */
  url: string | null;
  /** A signed URL of a picture standing for the file (the image itself; null for videos). */
  thumbnailUrl: string | null;
  createdAt: string;
  deleted: boolean;
}

/** Where and how the browser sends the file: one HTTP request, before `expiresAt`. */
export interface MediaUploadView {
  media: MediaView;
  uploadUrl: string;
  method: 'PUT';
  /** Headers the request must carry exactly (the signature may cover them). */
  headers: Record<string, string>;
  expiresAt: string;
}

/**
 * System only (publishing): the files of a publication, as the network must receive them. Each id
 * answers its rendition for `network` (EXIF orientation applied, metadata stripped, re-encoded to fit
 * the network's size, dimension and format limits; the original is kept), in the order asked.
 */
export class MediaSourcesPayload {
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  mediaIds!: string[];

  @IsIn(['mastodon', 'bluesky', 'facebook_page', 'linkedin', 'x'])
  network!: string;
}

export interface MediaSourceView {
  mediaId: string;
  kind: MediaKind;
  /** Of the rendition (what the network receives), not of the original. */
  contentType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  /** The rendition's digest: uploads already made of these bytes may be reused. */
  sha256: string;
  altText: string;
  /** A signed, short-lived URL to stream the rendition from (`GET`, byte ranges accepted). */
  url: string;
}
