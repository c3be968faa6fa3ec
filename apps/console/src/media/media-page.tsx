import { useQuery } from '@apollo/client/react';
import {
  Button,
  EmptyState,
  FileButton,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MediaFieldsFragment, MediaKind } from '@relais/web-graphql';
import { useSession } from '../auth/session-context';
import { IconPlus } from '../ui/icons';
import { LoadError } from '../ui/load-error';
import { PageHeader } from '../ui/page-header';
import { Pager } from '../ui/pager';
import { TableSkeleton } from '../ui/table-skeleton';
import { useCursorPager } from '../ui/use-cursor-pager';
import { useSetParams } from '../ui/url-params';
import { AltTextModal } from './alt-text-modal';
import { BrandSelect } from './brand-select';
import { canWriteContent } from './content-writers';
import { MediaCard } from './media-card';
import { ACCEPTED_TYPES } from './media-format';
import { MediaBrandsQuery, MediaLibraryQuery } from './media.graphql';
import { UploadList } from './upload-list';
import { useDeleteMedia } from './use-delete-media';
import { useMediaUploads } from './use-media-uploads';

export const MEDIA_PAGE_SIZE = 24;
const KINDS: readonly MediaKind[] = ['IMAGE', 'GIF', 'VIDEO'];

/** `/media`: a brand's library as a grid, with uploads, alternative texts and deletion. */
export function MediaPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const canWrite = canWriteContent(role);
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const [kind, setKind] = useState<MediaKind | 'ALL'>('ALL');
  const [editing, setEditing] = useState<MediaFieldsFragment | null>(null);
  const pager = useCursorPager();
  const deletion = useDeleteMedia();

  const brandsQuery = useQuery(MediaBrandsQuery);
  const brands = brandsQuery.data?.brands.edges.map((edge) => edge.node) ?? [];
  const brandId = brands.find((brand) => brand.id === params.get('brand'))?.id ?? brands[0]?.id ?? null;
  const uploads = useMediaUploads(brandId);

  const library = useQuery(MediaLibraryQuery, {
    variables: {
      brandId: brandId ?? '',
      kind: kind === 'ALL' ? null : kind,
      first: MEDIA_PAGE_SIZE,
      after: pager.after,
    },
    skip: !brandId,
  });
  const connection = library.data?.mediaLibrary;
  const files = connection?.edges.map((edge) => edge.node) ?? [];

  const chooseBrand = (id: string) => {
    setParams({ brand: id });
    pager.reset();
    setKind('ALL');
  };

  let content;
  if (brandsQuery.error && !brandsQuery.data) {
    content = <LoadError error={brandsQuery.error} onRetry={() => void brandsQuery.refetch()} />;
  } else if (brandsQuery.data && !brandId) {
    content = <EmptyState title={t('media.page.noBrand')} py="xl" />;
  } else if (library.error && !connection) {
    content = <LoadError error={library.error} onRetry={() => void library.refetch()} />;
  } else if (!connection) {
    content = <TableSkeleton />;
  } else if (files.length === 0) {
    content = (
      <EmptyState
        title={kind === 'ALL' ? t('media.list.empty') : t('media.list.emptyKind')}
        description={kind === 'ALL' && canWrite ? t('media.list.emptyHint') : undefined}
        py="xl"
      />
    );
  } else {
    content = (
      <SimpleGrid
        component="ul"
        cols={{ base: 2, sm: 3, md: 4, lg: 5 }}
        spacing="md"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        aria-label={t('media.page.title')}
      >
        {files.map((media) => (
          <MediaCard
            key={media.id}
            media={media}
            canWrite={canWrite}
            onEditAlt={setEditing}
            onDelete={deletion.requestDelete}
          />
        ))}
      </SimpleGrid>
    );
  }

  return (
    <>
      <PageHeader
        title={t('media.page.title')}
        description={canWrite ? t('media.page.description') : t('media.page.readOnly')}
        actions={
          canWrite && brandId ? (
            <FileButton
              multiple
              accept={ACCEPTED_TYPES.join(',')}
              onChange={(picked) => void uploads.upload(picked)}
            >
              {(props) => (
                <Button {...props} leftSection={<IconPlus size={16} />}>
                  {t('media.upload.button')}
                </Button>
              )}
            </FileButton>
          ) : null
        }
      />
      <Paper withBorder p="md">
        <Stack>
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <BrandSelect brands={brands} value={brandId} onChange={chooseBrand} />
            <SegmentedControl
              aria-label={t('media.kinds.filter')}
              value={kind}
              onChange={(value) => {
                setKind(value);
                pager.reset();
              }}
              data={[
                { value: 'ALL', label: t('media.kinds.all') },
                ...KINDS.map((value) => ({ value, label: t(`media.kinds.${value}`) })),
              ]}
            />
          </Group>
          {canWrite ? (
            <Text size="xs" c="dimmed">
              {t('media.upload.accepted')}
            </Text>
          ) : null}
          <UploadList items={uploads.items} onDismiss={uploads.dismiss} />
          {content}
          {connection && files.length > 0 ? (
            <Pager
              pager={pager}
              hasNextPage={connection.pageInfo.hasNextPage}
              endCursor={connection.pageInfo.endCursor}
              summary={t('media.list.total', { count: connection.totalCount })}
            />
          ) : null}
        </Stack>
      </Paper>
      <AltTextModal media={editing} onClose={() => setEditing(null)} />
      {deletion.dialog}
    </>
  );
}
