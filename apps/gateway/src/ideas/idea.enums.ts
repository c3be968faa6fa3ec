import { registerEnumType } from '@nestjs/graphql';
import { IdeaStatus } from '@relais/contracts';
import { upperCaseEnum } from '../graphql/enums';

export const IdeaStatusEnum = upperCaseEnum(IdeaStatus);

registerEnumType(IdeaStatusEnum, {
  name: 'IdeaStatus',
  description: 'NEW until someone sets it aside (DISMISSED) or makes a draft of it (DRAFTED).',
});
