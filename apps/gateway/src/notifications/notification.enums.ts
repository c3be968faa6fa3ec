import { registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from '@relais/contracts';
import { upperCaseEnum } from '../graphql/enums';

export const NotificationKindEnum = upperCaseEnum(NotificationKind);

registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description:
    'Why someone is told about a post: a review waits for them, changes were requested, it was approved or scheduled, they were mentioned, or someone commented in a thread they take part in.',
});
