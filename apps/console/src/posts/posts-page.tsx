import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Paper, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconPlus, IconSearch } from '../ui/icons';
import { LoadError } from '../ui/load-error';
import { PageHeader } from '../ui/page-header';
import { Pager } from '../ui/pager';
import { TableSkeleton } from '../ui/table-skeleton';
import { useCursorPager } from '../ui/use-cursor-pager';
import { isBrandRole } from '../auth/permissions';
import { useSession } from '../auth/session-context';
import { canWritePosts } from './post-permissions';
import { NO_FILTERS, PostsFiltersBar, type PostFilters } from './posts-filters';
import { PostBrandsQuery, PostsQuery } from './posts.graphql';
import { PostsTable } from './posts-table';

export const POSTS_PAGE_SIZE = 20;

/** A day range of the filters as instants: from the start of `from` to the end of `to`, in `zone`. */
export function dayRange(
  from: string | null,
  to: string | null,
  zone: string,
): { from: string | null; to: string | null } {
  const start = from ? DateTime.fromISO(from, { zone }).startOf('day') : null;
  const end = to ? DateTime.fromISO(to, { zone }).plus({ days: 1 }).startOf('day') : null;
  return { from: start?.toUTC().toISO() ?? null, to: end?.toUTC().toISO() ?? null };
}

export function PostsPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const writer = canWritePosts(role);
  const [filters, setFilters] = useState<PostFilters>(NO_FILTERS);
  const [search] = useDebouncedValue(filters.search.trim(), 300);
  const pager = useCursorPager();
  const brands = useQuery(PostBrandsQuery);
  const zones = useMemo(
    () =>
      Object.fromEntries((brands.data?.brands.edges ?? []).map((edge) => [edge.node.id, edge.node.timezone])),
    [brands.data],
  );
  const range = dayRange(filters.from, filters.to, (filters.brandId && zones[filters.brandId]) || 'UTC');

  const { data, loading, error, refetch } = useQuery(PostsQuery, {
    variables: {
      first: POSTS_PAGE_SIZE,
      after: pager.after,
      brandId: filters.brandId,
      status: filters.status.length > 0 ? filters.status : null,
      network: filters.network,
      campaignId: filters.campaignId,
      labelId: filters.labelId,
      authorId: filters.authorId,
      from: range.from,
      to: range.to,
      search: search || null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.posts;
  const posts = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = JSON.stringify({ ...filters, search }) !== JSON.stringify(NO_FILTERS);

  let content;
  if (error && !connection) {
    content = <LoadError error={error} onRetry={() => void refetch()} />;
  } else if (loading && !connection) {
    content = <TableSkeleton />;
  } else if (posts.length === 0) {
    content = filtered ? (
      <EmptyState
        icon={<IconSearch size={28} />}
        title={t('posts.list.noMatch')}
        description={t('posts.list.noMatchHint')}
        py="xl"
      />
    ) : (
      <EmptyState
        title={t('posts.list.empty')}
        description={writer ? t('posts.list.emptyHint') : t('posts.list.emptyReadOnly')}
        py="xl"
      />
    );
  } else {
    content = <PostsTable posts={posts} zones={zones} />;
  }

  return (
    <>
      <PageHeader
        title={t('posts.list.title')}
        description={isBrandRole(role) ? t('posts.list.descriptionClient') : t('posts.list.description')}
        actions={
          writer ? (
            <Button component={Link} to="/posts/new" leftSection={<IconPlus size={16} />}>
              {t('posts.list.new')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder p="md">
        <Stack>
          <PostsFiltersBar
            value={filters}
            onChange={(next) => {
              setFilters(next);
              pager.reset();
            }}
            showAuthors={!isBrandRole(role)}
          />
          {content}
          {connection && posts.length > 0 ? (
            <Pager
              pager={pager}
              hasNextPage={connection.pageInfo.hasNextPage}
              endCursor={connection.pageInfo.endCursor}
              summary={t('posts.list.total', { count: connection.totalCount })}
            />
          ) : null}
        </Stack>
      </Paper>
    </>
  );
}
