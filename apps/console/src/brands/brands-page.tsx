import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Group, Paper, Stack, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can, isBrandRole } from '../auth/permissions';
import { useSession } from '../auth/session-context';
import { IconBrands, IconPlus, IconSearch } from '../ui/icons';
import { LoadError } from '../ui/load-error';
import { PageHeader } from '../ui/page-header';
import { Pager } from '../ui/pager';
import { TableSkeleton } from '../ui/table-skeleton';
import { useCursorPager } from '../ui/use-cursor-pager';
import { BrandsQuery } from './brands.graphql';
import { BrandsTable } from './brands-table';
import { useArchiveBrand } from './use-archive-brand';

export const BRANDS_PAGE_SIZE = 20;

export function BrandsPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const canManage = can(role, 'brands.manage');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [includeArchived, setIncludeArchived] = useState(false);
  const pager = useCursorPager();
  const archive = useArchiveBrand();

  const { data, loading, error, refetch } = useQuery(BrandsQuery, {
    variables: {
      first: BRANDS_PAGE_SIZE,
      after: pager.after,
      search: debouncedSearch || null,
      includeArchived,
    },
  });
  const connection = data?.brands;
  const brands = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = debouncedSearch.length > 0 || includeArchived;

  let content;
  if (error && !connection) {
    content = <LoadError error={error} onRetry={() => void refetch()} />;
  } else if (loading && !connection) {
    content = <TableSkeleton />;
  } else if (brands.length === 0) {
    content = filtered ? (
      <EmptyState
        icon={<IconSearch size={28} />}
        title={t('brands.list.noMatch')}
        description={t('brands.list.noMatchHint')}
        py="xl"
      />
    ) : (
      <EmptyState
        icon={<IconBrands size={28} />}
        title={t('brands.list.empty')}
        description={canManage ? t('brands.list.emptyHint') : t('brands.list.emptyReadOnly')}
        py="xl"
      >
        {canManage ? (
          <Button component={Link} to="/brands/new" leftSection={<IconPlus size={16} />}>
            {t('brands.new.title')}
          </Button>
        ) : null}
      </EmptyState>
    );
  } else {
    content = (
      <BrandsTable
        brands={brands}
        canManage={canManage}
        onArchive={archive.requestArchive}
        onRestore={(brand) => void archive.restore(brand)}
      />
    );
  }

  return (
    <>
      <PageHeader
        title={t('brands.list.title')}
        description={isBrandRole(role) ? t('brands.list.descriptionClient') : t('brands.list.description')}
        actions={
          canManage ? (
            <Button component={Link} to="/brands/new" leftSection={<IconPlus size={16} />}>
              {t('brands.new.title')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder p="md">
        <Stack>
          <Group justify="space-between" wrap="wrap">
            <TextInput
              aria-label={t('brands.list.search')}
              placeholder={t('brands.list.search')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                pager.reset();
              }}
              w={{ base: '100%', sm: 320 }}
            />
            <Switch
              label={t('brands.list.showArchived')}
              checked={includeArchived}
              onChange={(event) => {
                setIncludeArchived(event.currentTarget.checked);
                pager.reset();
              }}
            />
          </Group>
          {content}
          {connection && brands.length > 0 ? (
            <Pager
              pager={pager}
              hasNextPage={connection.pageInfo.hasNextPage}
              endCursor={connection.pageInfo.endCursor}
              summary={t('brands.list.total', { count: connection.totalCount })}
            />
          ) : null}
        </Stack>
      </Paper>
      {archive.dialog}
    </>
  );
}
