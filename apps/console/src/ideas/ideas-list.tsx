import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { IdeaFieldsFragment, IdeaStatus } from '@relais/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUiLanguage } from '../i18n/use-ui-language';
import { LoadError } from '../ui/load-error';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import { Pager } from '../ui/pager';
import { TableSkeleton } from '../ui/table-skeleton';
import { useCursorPager } from '../ui/use-cursor-pager';
import { formatDateTime } from '../i18n/format';
import { DraftFromIdeaModal } from './draft-from-idea-modal';
import { IconExternal } from './idea-icons';
import { DismissIdeaMutation, FeedsQuery, IdeasQuery } from './ideas.graphql';

const PAGE_SIZE = 20;
const STATUSES: IdeaStatus[] = ['NEW', 'DRAFTED', 'DISMISSED'];

interface IdeasListProps {
  brandId: string;
  writer: boolean;
}

/** A brand's ideas by status, newest first: open the article, make a draft, or set one aside. */
export function IdeasList({ brandId, writer }: IdeasListProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const notifyError = useNotifyApiError();
  const [status, setStatus] = useState<IdeaStatus>('NEW');
  const pager = useCursorPager();
  const ideas = useQuery(IdeasQuery, {
    variables: { brandId, status, first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  const [dismissIdea] = useMutation(DismissIdeaMutation, { refetchQueries: [IdeasQuery, FeedsQuery] });
  const [drafting, setDrafting] = useState<IdeaFieldsFragment | null>(null);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const connection = ideas.data?.ideas;

  const dismiss = async (id: string) => {
    setDismissing(id);
    try {
      await dismissIdea({ variables: { id } });
      notifySuccess(t('ideas.list.dismissed'));
    } catch (error) {
      notifyError(error);
    } finally {
      setDismissing(null);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={4}>{t('ideas.list.title')}</Title>
          <SegmentedControl
            aria-label={t('ideas.list.status')}
            value={status}
            onChange={(value) => {
              setStatus(STATUSES.find((known) => known === value) ?? 'NEW');
              pager.reset();
            }}
            data={STATUSES.map((value) => ({ value, label: t(`ideas.list.${value}`) }))}
          />
        </Group>
        {ideas.error ? <LoadError error={ideas.error} onRetry={() => void ideas.refetch()} /> : null}
        {!connection ? (
          ideas.error ? null : (
            <TableSkeleton rows={3} />
          )
        ) : connection.edges.length === 0 ? (
          <Text size="sm" c="dimmed">
            {status === 'NEW' ? t('ideas.list.emptyNew') : t('ideas.list.empty')}
          </Text>
        ) : (
          <Stack
            gap="sm"
            component="ul"
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
            aria-label={t('ideas.list.title')}
          >
            {connection.edges.map(({ node: idea }) => (
              <li key={idea.id}>
                <Paper withBorder p="md" radius="md">
                  <Stack gap={6}>
                    <Group justify="space-between" align="flex-start" wrap="nowrap">
                      <Text fw={700}>{idea.title}</Text>
                      {idea.feedTitle ? (
                        <Badge variant="light" color="gray" style={{ flex: 'none' }}>
                          {idea.feedTitle}
                        </Badge>
                      ) : null}
                    </Group>
                    {idea.summary ? (
                      <Text size="sm" lineClamp={3}>
                        {idea.summary}
                      </Text>
                    ) : null}
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <Group gap="md">
                        {idea.publishedAt ? (
                          <Text size="xs" c="dimmed">
                            {t('ideas.list.published', { when: formatDateTime(idea.publishedAt, language) })}
                          </Text>
                        ) : null}
                        {idea.link ? (
                          <Anchor href={idea.link} target="_blank" rel="noopener noreferrer" size="xs">
                            <Group gap={4} wrap="nowrap">
                              {t('ideas.list.open')}
                              <IconExternal size={12} />
                            </Group>
                          </Anchor>
                        ) : null}
                      </Group>
                      {writer ? (
                        <Group gap="xs">
                          {idea.status === 'DRAFTED' && idea.postId ? (
                            <Button component={Link} to={`/posts/${idea.postId}`} size="xs" variant="light">
                              {t('ideas.list.openDraft')}
                            </Button>
                          ) : (
                            <Button size="xs" onClick={() => setDrafting(idea)}>
                              {t('ideas.list.createDraft')}
                            </Button>
                          )}
                          {idea.status === 'NEW' ? (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="gray"
                              loading={dismissing === idea.id}
                              onClick={() => void dismiss(idea.id)}
                            >
                              {t('ideas.list.dismiss')}
                            </Button>
                          ) : null}
                        </Group>
                      ) : null}
                    </Group>
                  </Stack>
                </Paper>
              </li>
            ))}
          </Stack>
        )}
        {connection ? (
          <Pager
            pager={pager}
            hasNextPage={connection.pageInfo.hasNextPage}
            endCursor={connection.pageInfo.endCursor}
            summary={t('ideas.list.summary', { count: connection.totalCount })}
          />
        ) : null}
      </Stack>
      <DraftFromIdeaModal key={drafting?.id ?? 'closed'} idea={drafting} onClose={() => setDrafting(null)} />
    </Paper>
  );
}
