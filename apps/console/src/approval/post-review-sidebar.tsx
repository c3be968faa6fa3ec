import { useQuery } from '@apollo/client/react';
import { Button, Divider, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../ui/load-error';
import { can } from '../auth/permissions';
import { useSession } from '../auth/session-context';
import { BrandQuery } from '../brands/brands.graphql';
import { formatDateTime } from '../i18n/format';
import { intlLocale } from '../i18n/language';
import { recurrenceSummary } from '../publishing/recurrence-summary';
import { PostScheduleQuery } from '../publishing/schedule.graphql';
import { PostReviewQuery } from './approval.graphql';
import { PostComments } from '../comments/post-comments';
import { PostStatusBadge } from '../ui/post-status-badge';
import { ReviewActions } from './review-actions';
import { ReviewHistory } from './review-history';
import { ReviewRounds } from './review-rounds';
import { SendToClientModal } from '../review-links/send-to-client-modal';
import { useCreateReviewLink } from '../review-links/use-create-review-link';
import { useReviewHandlers } from './use-review-handlers';
import { useUiLanguage } from '../i18n/use-ui-language';

export interface PostReviewSidebarProps {
  postId: string;
  brandId: string;
}

/**
 * The review side of a post: its status, the current step and who must act, the actions the reader may
 * take, the review rounds with what changed, the comments and the history.
 */
export function PostReviewSidebar({ postId, brandId }: PostReviewSidebarProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { role } = useSession();
  const review = useQuery(PostReviewQuery, { variables: { postId } });
  const brand = useQuery(BrandQuery, { variables: { id: brandId } });
  const post = useQuery(PostScheduleQuery, { variables: { id: postId } });
  const zone = brand.data?.brand.timezone ?? 'UTC';
  const handlers = useReviewHandlers(postId, zone);
  const createLink = useCreateReviewLink(brandId);
  const [sending, setSending] = useState(false);
  const data = review.data?.postReview;

  let body;
  if (review.error && !data) {
    body = <LoadError error={review.error} onRetry={() => void review.refetch()} />;
  } else if (!data || !brand.data) {
    body = <Skeleton height={160} />;
  } else {
    const step = data.status === 'IN_REVIEW' ? data.currentStep : null;
    const awaitsClient = step?.audience === 'CLIENT';
    const decides = data.allowedActions.includes('APPROVE');
    const scheduledAt = post.data?.post.scheduledAt ?? null;
    const recurrence = post.data?.post.recurrence ?? null;
    body = (
      <Stack gap="md">
        <Stack gap={6}>
          <Group gap="xs">
            <PostStatusBadge status={data.status} />
            {data.round ? (
              <Text size="sm" c="dimmed">
                {t('approval.sidebar.round', { round: data.round })}
              </Text>
            ) : null}
          </Group>
          {step ? (
            <Text size="sm">
              {t(awaitsClient ? 'approval.sidebar.waitingForClient' : 'approval.sidebar.waitingFor', {
                role: t(`roles.${step.role}`),
                position: step.position,
              })}
            </Text>
          ) : null}
          {data.status === 'SCHEDULED' && scheduledAt ? (
            <Text size="sm">
              {t('approval.sidebar.scheduledFor', { date: formatDateTime(scheduledAt, language, zone) })}
            </Text>
          ) : null}
          {recurrence ? (
            <Text size="sm">{recurrenceSummary(recurrence, t, intlLocale(language))}</Text>
          ) : null}
          {decides ? (
            <Text size="sm" fw={600} c="indigo.7">
              {t('approval.sidebar.yourTurn')}
            </Text>
          ) : null}
        </Stack>
        {data.allowedActions.length > 0 ? (
          <ReviewActions
            allowed={data.allowedActions}
            brandId={brandId}
            zone={zone}
            scheduledAt={scheduledAt}
            handlers={handlers}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('approval.sidebar.noAction')}
          </Text>
        )}
        {awaitsClient && can(role, 'approval.sendToClient') ? (
          <Button variant="light" onClick={() => setSending(true)}>
            {t('approval.sidebar.sendToClient')}
          </Button>
        ) : null}
        <Divider />
        <ReviewRounds rounds={data.rounds} zone={zone} />
        <Divider />
        <PostComments postId={postId} brandId={brandId} zone={zone} />
        <Divider />
        <ReviewHistory history={data.history} zone={zone} />
        <SendToClientModal
          opened={sending}
          postCount={1}
          zone={zone}
          onClose={() => setSending(false)}
          onCreate={(request) => createLink([postId], request)}
        />
      </Stack>
    );
  }

  return (
    <Paper withBorder p="md" component="aside" aria-label={t('approval.sidebar.label')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('approval.sidebar.title')}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}
