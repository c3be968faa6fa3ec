import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { PostsQuery } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PostStatusBadge } from '../ui/post-status-badge';
import { useUiLanguage } from '../i18n/use-ui-language';
import { formatDateTime } from '../i18n/format';
import { NETWORK_ORDER } from './composer-draft';
import { personName } from '../ui/person-name';

export type PostRow = PostsQuery['posts']['edges'][number]['node'];

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat;
}

/** Posts with their status, networks and planned time (in each brand's zone when known). */
export function PostsTable({ posts, zones }: { posts: readonly PostRow[]; zones: Record<string, string> }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('posts.list.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('posts.list.columns.post')}</Table.Th>
            <Table.Th>{t('posts.list.columns.networks')}</Table.Th>
            <Table.Th>{t('posts.list.columns.status')}</Table.Th>
            <Table.Th>{t('posts.list.columns.planned')}</Table.Th>
            <Table.Th>{t('posts.list.columns.author')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {posts.map((post) => {
            const networks = NETWORK_ORDER.filter((network) =>
              post.targets.some((target) => target.network === network),
            );
            return (
              <Table.Tr key={post.id}>
                <Table.Td maw={380}>
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/posts/${post.id}`} fw={600}>
                      {post.title || t('posts.list.untitled')}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {excerpt(post.baseText)}
                    </Text>
                    {post.campaign || post.labels.length > 0 ? (
                      <Group gap={4}>
                        {post.campaign ? (
                          <Badge size="xs" variant="dot" color={post.campaign.color}>
                            {post.campaign.name}
                          </Badge>
                        ) : null}
                        {post.labels.map((label) => (
                          <Badge key={label.id} size="xs" variant="light" color={label.color}>
                            {label.name}
                          </Badge>
                        ))}
                      </Group>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {networks.map((network) => (
                      <Badge key={network} size="sm" variant="outline" color="gray">
                        {t(`posts.networks.${network}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <PostStatusBadge status={post.status} />
                </Table.Td>
                <Table.Td>
                  {post.scheduledAt ? (
                    <Stack gap={0}>
                      <Text size="sm">{formatDateTime(post.scheduledAt, language, zones[post.brandId])}</Text>
                      <Text size="xs" c="dimmed">
                        {zones[post.brandId] ?? ''}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('posts.list.notPlanned')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{personName(post.authorName, t)}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
