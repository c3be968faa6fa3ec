import { Paper, Skeleton, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface PostReviewSidebarProps {
  postId: string;
  brandId: string;
}

/**
 * The review side of a post: its status, the current step and who must act, the actions the reader may
 * take, the review rounds with what changed, the history and the comments.
 */
export function PostReviewSidebar({ postId, brandId }: PostReviewSidebarProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="aside" aria-label={t('approval.sidebar.label')} data-post-id={postId}>
      <Stack gap="sm" data-brand-id={brandId}>
        <Title order={3} size="h4">
          {t('approval.sidebar.title')}
        </Title>
        <Skeleton height={120} />
      </Stack>
    </Paper>
  );
}
