import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { MediaKind, MediaStatus } from '@relais/contracts';
import { connectionOf } from '../graphql/connection.model';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { JSONScalar } from '../graphql/json.scalar';
import { MediaKindEnum, MediaStatusEnum } from './media.enums';

@ObjectType('Media', { description: 'A file of a brand’s media library.' })
export class MediaModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  brandId!: string;

  @Field()
  fileName!: string;

  @Field({ description: 'The real type, checked from the file’s bytes once ready.' })
  contentType!: string;

  @Field(() => MediaKindEnum)
  kind!: MediaKind;

  @Field(() => MediaStatusEnum)
  status!: MediaStatus;

  @Field(() => Float, { description: 'Declared while pending, measured once ready.' })
  sizeBytes!: number;

  @Field(() => Int, { nullable: true, description: 'Display width in pixels.' })
  width!: number | null;

  @Field(() => Int, { nullable: true })
  height!: number | null;

  @Field(() => Int, { nullable: true, description: 'Videos only.' })
  durationMs!: number | null;

  @Field({ description: 'What the file shows, for screen readers.' })
  altText!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Signed download URL, valid for a limited time; null while pending.',
  })
  url!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Signed URL of a picture standing for the file (the image itself); null for videos.',
  })
  thumbnailUrl!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: string;
}

@ObjectType('MediaConnection')
export class MediaConnection extends connectionOf(MediaModel, 'Media') {}

@ObjectType('MediaUpload', {
  description: 'Where to send a file: one request with `method` and exactly `headers`, before `expiresAt`.',
})
export class MediaUploadModel {
  @Field(() => MediaModel)
  media!: MediaModel;

  @Field()
  uploadUrl!: string;

  @Field({ description: 'PUT' })
  method!: string;

  @Field(() => JSONScalar, { description: 'Headers the upload request must carry, by name.' })
  headers!: Record<string, string>;

  @Field(() => DateTimeScalar)
  expiresAt!: string;
}
