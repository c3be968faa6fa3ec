import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/use-ui-language';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { LoadError } from '../ui/load-error';
import { notifyFailure, notifySuccess, useNotifyApiError } from '../ui/notify';
import { type ApiFieldError, toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { fieldErrorMessage } from '../graphql/field-error-message';
import { formatDateTime } from '../i18n/format';
import { feedName, isFeedUrl } from './feed-url';
import { IconRefresh, IconRss, IconTrash } from './idea-icons';
import {
  AddFeedMutation,
  FeedsQuery,
  IdeasQuery,
  RefreshFeedMutation,
  RemoveFeedMutation,
} from './ideas.graphql';

const URL_RULES = ['isUrl', 'httpOnly', 'privateHost', 'maxLength', 'taken'] as const;
type UrlRule = (typeof URL_RULES)[number];

/** The API's refusal of a feed address, in the user's language. */
function urlErrorMessage(field: ApiFieldError, t: TFunction): string {
  const rule = URL_RULES.find((known: UrlRule) => known === field.constraint);
  return rule ? t(`ideas.feeds.errors.${rule}`) : fieldErrorMessage(field, t);
}

interface FeedsPanelProps {
  brandId: string;
  writer: boolean;
}

/** The feeds a brand follows: add one (checked here, then by the API), read one now, stop following. */
export function FeedsPanel({ brandId, writer }: FeedsPanelProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const notifyError = useNotifyApiError();
  const feeds = useQuery(FeedsQuery, { variables: { brandId }, fetchPolicy: 'cache-and-network' });
  const refetchIdeas = { refetchQueries: [IdeasQuery, FeedsQuery] };
  const [addFeed, adding] = useMutation(AddFeedMutation, refetchIdeas);
  const [refreshFeed] = useMutation(RefreshFeedMutation, refetchIdeas);
  const [removeFeed, removing] = useMutation(RemoveFeedMutation, refetchIdeas);
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const submit = async () => {
    if (!isFeedUrl(url)) {
      setUrlError(t('ideas.feeds.invalidUrl'));
      return;
    }
    setUrlError(null);
    try {
      const { data } = await addFeed({ variables: { input: { brandId, url: url.trim() } } });
      const added = data?.addFeed;
      setUrl('');
      if (added?.lastError) notifyFailure(t('ideas.feeds.addedWithError', { error: added.lastError }));
      else notifySuccess(t('ideas.feeds.added'));
    } catch (error) {
      const apiError = toApiError(error);
      const field = apiError.fields.find((entry) => entry.field === 'url');
      if (field) setUrlError(urlErrorMessage(field, t));
      else notifyFailure(errorMessage(apiError, t));
    }
  };

  const refresh = async (id: string, before: number) => {
    setRefreshing(id);
    try {
      const { data } = await refreshFeed({ variables: { id } });
      const feed = data?.refreshFeed;
      if (feed?.lastError) notifyFailure(t('ideas.feeds.error', { error: feed.lastError }));
      else {
        const added = Math.max(0, (feed?.newIdeaCount ?? before) - before);
        notifySuccess(
          added > 0 ? t('ideas.feeds.refreshed', { count: added }) : t('ideas.feeds.refreshedNothing'),
        );
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setRefreshing(null);
    }
  };

  const remove = async () => {
    if (!confirming) return;
    try {
      await removeFeed({ variables: { id: confirming } });
      notifySuccess(t('ideas.feeds.removed'));
    } catch (error) {
      notifyError(error);
    } finally {
      setConfirming(null);
    }
  };

  const list = feeds.data?.feeds ?? [];
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={4}>{t('ideas.feeds.title')}</Title>
        {writer ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
            noValidate
          >
            <Stack gap="xs">
              <TextInput
                label={t('ideas.feeds.url')}
                placeholder={t('ideas.feeds.urlPlaceholder')}
                value={url}
                onChange={(event) => setUrl(event.currentTarget.value)}
                error={urlError}
                type="url"
              />
              <Group justify="flex-end">
                <Button type="submit" loading={adding.loading} leftSection={<IconRss size={16} />}>
                  {t('ideas.feeds.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
        {feeds.error ? <LoadError error={feeds.error} onRetry={() => void feeds.refetch()} /> : null}
        {feeds.data && list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ideas.feeds.empty')}
          </Text>
        ) : null}
        <Stack
          gap="sm"
          component="ul"
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
          aria-label={t('ideas.feeds.title')}
        >
          {list.map((feed) => (
            <li key={feed.id}>
              <Paper withBorder p="sm" radius="md">
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text fw={600} size="sm" truncate="end">
                        {feedName(feed)}
                      </Text>
                      <Text size="xs" c="dimmed" truncate="end">
                        {feed.url}
                      </Text>
                    </Stack>
                    {writer ? (
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={t('ideas.feeds.refresh')}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={`${t('ideas.feeds.refresh')} · ${feedName(feed)}`}
                            loading={refreshing === feed.id}
                            onClick={() => void refresh(feed.id, feed.newIdeaCount)}
                          >
                            <IconRefresh size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('ideas.feeds.remove')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`${t('ideas.feeds.remove')} · ${feedName(feed)}`}
                            onClick={() => setConfirming(feed.id)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    ) : null}
                  </Group>
                  <Group gap="xs">
                    <Badge variant="light" color={feed.newIdeaCount > 0 ? 'indigo' : 'gray'} size="sm">
                      {t('ideas.feeds.newIdeas', { count: feed.newIdeaCount })}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {feed.lastFetchedAt
                        ? t('ideas.feeds.lastRead', { when: formatDateTime(feed.lastFetchedAt, language) })
                        : t('ideas.feeds.neverRead')}
                    </Text>
                  </Group>
                  {feed.lastError ? (
                    <Alert color="orange" variant="light" p="xs">
                      <Text size="xs">{t('ideas.feeds.error', { error: feed.lastError })}</Text>
                    </Alert>
                  ) : null}
                </Stack>
              </Paper>
            </li>
          ))}
        </Stack>
      </Stack>
      <ConfirmDialog
        opened={confirming !== null}
        title={t('ideas.feeds.removeTitle')}
        message={t('ideas.feeds.removeMessage')}
        confirmLabel={t('ideas.feeds.remove')}
        danger
        loading={removing.loading}
        onConfirm={() => void remove()}
        onClose={() => setConfirming(null)}
      />
    </Paper>
  );
}
