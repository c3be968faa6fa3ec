import { registerEnumType } from '@nestjs/graphql';
import { MediaKind, MediaStatus } from '@relais/contracts';
import { upperCaseEnum } from '../graphql/enums';

export const MediaKindEnum = upperCaseEnum(MediaKind);
export const MediaStatusEnum = upperCaseEnum(MediaStatus);

registerEnumType(MediaKindEnum, {
  name: 'MediaKind',
  description: 'IMAGE (JPEG, PNG, WebP), GIF (animated or not) or VIDEO (MP4, QuickTime).',
});
registerEnumType(MediaStatusEnum, {
  name: 'MediaStatus',
  description: 'PENDING until the uploaded file is checked with completeMediaUpload; READY to use.',
});
