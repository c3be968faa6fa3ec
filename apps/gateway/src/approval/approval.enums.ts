import { registerEnumType } from '@nestjs/graphql';
import {
  ApprovalAudience,
  ApprovalMode,
  DiffKind,
  ReviewAction,
  ReviewDecisionKind,
  RoundOutcome,
} from '@relais/contracts';
import { upperCaseEnum } from '../graphql/enums';

export const ApprovalModeEnum = upperCaseEnum(ApprovalMode);
export const ApprovalAudienceEnum = upperCaseEnum(ApprovalAudience);
export const ReviewActionEnum = upperCaseEnum(ReviewAction);
export const RoundOutcomeEnum = upperCaseEnum(RoundOutcome);
export const ReviewDecisionKindEnum = upperCaseEnum(ReviewDecisionKind);
export const DiffKindEnum = upperCaseEnum(DiffKind);

registerEnumType(ApprovalModeEnum, {
  name: 'ApprovalMode',
  description:
    'How a brand’s posts are reviewed: not at all, by the agency, or by the agency then the client.',
});
registerEnumType(ApprovalAudienceEnum, {
  name: 'ApprovalAudience',
  description: 'Who reviews at a step: the agency’s staff or the client brand.',
});
registerEnumType(ReviewActionEnum, {
  name: 'ReviewAction',
  description: 'A move of a post in the approval flow.',
});
registerEnumType(RoundOutcomeEnum, { name: 'RoundOutcome', description: 'How a review round ended.' });
registerEnumType(ReviewDecisionKindEnum, {
  name: 'ReviewDecisionKind',
  description: 'What a reviewer decided at a step.',
});
registerEnumType(DiffKindEnum, {
  name: 'DiffKind',
  description: 'Whether a piece of text was kept, added or removed.',
});
