import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Loader, Paper, Skeleton, Stack, Text, Title, Group } from '@mantine/core';
import type { PostStatus, PublicationFieldsFragment } from '@relais/web-graphql';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PostReviewQuery } from '../approval/approval.graphql';
import { PostScheduleQuery } from './schedule.graphql';
import { useUiLanguage } from '../i18n/use-ui-language';
import { LoadError } from '../ui/load-error';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import { useSession } from '../auth/session-context';
import { formatDateTime } from '../i18n/format';
import { canWritePosts } from '../posts/post-permissions';
import { byOccurrence, shouldPoll } from './publication-state';
import { PublicationRow } from './publication-row';
import { PostPublicationsQuery, RetryPublicationMutation } from './publishing.graphql';

/** How often the outcomes refresh while one is coming. */
export const POLL_INTERVAL_MS = 5000;
/** Occurrences of a recurring post shown (the latest ones). */
const SHOWN_OCCURRENCES = 3;

/** The time, ticking every 30 s, so that a publication becoming due starts the refreshing. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * Once the outcomes moved the post (published, failed, or published after a retry), the review beside
 * the panel still shows the status it read before: it reads it again, so that it stops offering what no
 * longer applies (unscheduling a post that went out).
 */
function useReviewFollows(postId: string, status: PostStatus | undefined): void {
  const client = useApolloClient();
  const review = useQuery(PostReviewQuery, { variables: { postId }, fetchPolicy: 'cache-only' });
  const reviewed = review.data?.postReview.status;
  useEffect(() => {
    if (status && reviewed && status !== reviewed) {
      void client.refetchQueries({ include: [PostReviewQuery, PostScheduleQuery] });
    }
  }, [client, status, reviewed]);
}

/**
 * Where the post went out, one row per account (and per occurrence of a recurring post): refreshed
 * every 5 s while an outcome is coming; a failed one that is safe to send again has a Retry button.
 */
export function PublicationPanel({ postId, zone }: { postId: string; zone: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { role } = useSession();
  const notifyError = useNotifyApiError();
  const now = useNow();
  const { data, error, refetch, startPolling, stopPolling } = useQuery(PostPublicationsQuery, {
    variables: { id: postId },
    fetchPolicy: 'cache-and-network',
  });
  const [retry] = useMutation(RetryPublicationMutation);
  const [retrying, setRetrying] = useState<string | null>(null);
  const post = data?.post;
  const wanted = post ? shouldPoll(post, post.publications, now) : false;
  useEffect(() => {
    if (wanted) startPolling(POLL_INTERVAL_MS);
    else stopPolling();
    return stopPolling;
  }, [wanted, startPolling, stopPolling]);
  useReviewFollows(postId, post?.status);

  const onRetry = async (publication: PublicationFieldsFragment) => {
    setRetrying(publication.id);
    try {
      await retry({ variables: { id: publication.id } });
      notifySuccess(
        t('publishing.panel.retried', {
          handle: publication.account?.handle ?? t(`networks.${publication.network}`),
        }),
      );
      await refetch();
    } catch (failure) {
      notifyError(failure);
    } finally {
      setRetrying(null);
    }
  };

  let body;
  if (error && !post) {
    body = <LoadError error={error} onRetry={() => void refetch()} />;
  } else if (!post) {
    body = <Skeleton height={72} />;
  } else if (post.publications.length === 0) {
    body = (
      <Text size="sm" c="dimmed">
        {wanted ? t('publishing.panel.waiting') : t('publishing.panel.empty')}
      </Text>
    );
  } else {
    const occurrences = byOccurrence(post.publications);
    const shown = occurrences.slice(0, SHOWN_OCCURRENCES);
    const hidden = occurrences.length - shown.length;
    body = (
      <Stack gap="sm">
        {shown.map((occurrence) => (
          <Stack key={occurrence.dueAt} gap={6}>
            {occurrences.length > 1 ? (
              <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                {t('publishing.panel.occurrence', { date: formatDateTime(occurrence.dueAt, language, zone) })}
              </Text>
            ) : null}
            <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {occurrence.publications.map((publication) => (
                <PublicationRow
                  key={publication.id}
                  publication={publication}
                  zone={zone}
                  canRetry={canWritePosts(role)}
                  retrying={retrying === publication.id}
                  onRetry={(chosen) => void onRetry(chosen)}
                />
              ))}
            </Stack>
          </Stack>
        ))}
        {hidden > 0 ? (
          <Text size="xs" c="dimmed">
            {t('publishing.panel.earlier', { count: hidden })}
          </Text>
        ) : null}
      </Stack>
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-label={t('publishing.panel.label')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('publishing.panel.title')}
          </Title>
          {wanted ? <Loader size="xs" aria-label={t('publishing.panel.refreshing')} /> : null}
        </Group>
        {body}
      </Stack>
    </Paper>
  );
}
