import { registerEnumType } from '@nestjs/graphql';
import { ReviewLinkDecision, ReviewLinkStatus } from '@relais/contracts';
import { upperCaseEnum } from '../graphql/enums';

export const ReviewLinkStatusEnum = upperCaseEnum(ReviewLinkStatus);
export const ReviewLinkDecisionEnum = upperCaseEnum(ReviewLinkDecision);

registerEnumType(ReviewLinkStatusEnum, { name: 'ReviewLinkStatus' });
registerEnumType(ReviewLinkDecisionEnum, {
  name: 'ReviewLinkDecision',
  description: 'What a client does with one post of a review link.',
});
