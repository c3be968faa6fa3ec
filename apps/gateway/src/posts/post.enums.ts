import { registerEnumType } from '@nestjs/graphql';
import { PostStatus } from '@relais/contracts';
import { upperCaseEnum } from '../graphql/enums';

/** `PostStatus` for GraphQL (`IN_REVIEW` ↔ `in_review`). Other parts of the API import it from here. */
export const PostStatusEnum = upperCaseEnum(PostStatus);

registerEnumType(PostStatusEnum, {
  name: 'PostStatus',
  description:
    'Where a post is: DRAFT → IN_REVIEW → CHANGES_REQUESTED or APPROVED → SCHEDULED → PUBLISHED or FAILED; ARCHIVED from any.',
});
