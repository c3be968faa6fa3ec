import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PostStatus } from '@relais/web-graphql';

const STATUS_COLORS: Record<PostStatus, string> = {
  DRAFT: 'gray',
  IN_REVIEW: 'yellow',
  CHANGES_REQUESTED: 'orange',
  APPROVED: 'teal',
  SCHEDULED: 'indigo',
  PUBLISHED: 'green',
  FAILED: 'red',
  ARCHIVED: 'gray',
};

/** A post's status, in words (the colour only repeats them). */
export function PostStatusBadge({ status }: { status: PostStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size="lg">
      {t(`approval.status.${status}`)}
    </Badge>
  );
}
