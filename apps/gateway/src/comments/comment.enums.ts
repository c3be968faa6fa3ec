import { registerEnumType } from '@nestjs/graphql';
import { CommentVisibility } from '@relais/contracts';
import { upperCaseEnum } from '../graphql/enums';

export const CommentVisibilityEnum = upperCaseEnum(CommentVisibility);

registerEnumType(CommentVisibilityEnum, {
  name: 'CommentVisibility',
  description: 'INTERNAL: the agency’s staff only. SHARED: the client brand too.',
});
