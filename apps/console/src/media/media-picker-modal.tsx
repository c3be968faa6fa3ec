import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  FileButton,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaFieldsFragment } from '@relais/web-graphql';
import { IconPlus } from '../ui/icons';
import { LoadError } from '../ui/load-error';
import { Pager } from '../ui/pager';
import { useCursorPager } from '../ui/use-cursor-pager';
import { ACCEPTED_TYPES } from './media-format';
import { MediaLibraryQuery } from './media.graphql';
import { MediaThumb } from './media-thumb';
import { UploadList } from './upload-list';
import { useMediaUploads } from './use-media-uploads';

const PAGE_SIZE = 18;

interface MediaPickerModalProps {
  opened: boolean;
  brandId: string;
  /** Already chosen: shown as chosen, not added twice. */
  chosen: readonly string[];
  canUpload: boolean;
  onClose(): void;
  onAdd(ids: string[]): void;
}

/** The brand's library to choose files from; new uploads are chosen as soon as they are ready. */
export function MediaPickerModal({
  opened,
  brandId,
  chosen,
  canUpload,
  onClose,
  onAdd,
}: MediaPickerModalProps) {
  const { t } = useTranslation();
  const pager = useCursorPager();
  const [picked, setPicked] = useState<string[]>([]);
  const onReady = useCallback((media: MediaFieldsFragment) => setPicked((list) => [...list, media.id]), []);
  const uploads = useMediaUploads(brandId, onReady);
  const library = useQuery(MediaLibraryQuery, {
    variables: { brandId, first: PAGE_SIZE, after: pager.after },
    skip: !opened,
  });
  const connection = library.data?.mediaLibrary;
  const close = () => {
    setPicked([]);
    onClose();
  };

  const toggle = (id: string) =>
    setPicked((list) => (list.includes(id) ? list.filter((item) => item !== id) : [...list, id]));

  return (
    <Modal opened={opened} onClose={close} title={t('media.picker.title')} size="xl">
      <Stack>
        {canUpload ? (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('media.upload.accepted')}
            </Text>
            <FileButton
              multiple
              accept={ACCEPTED_TYPES.join(',')}
              onChange={(files) => void uploads.upload(files)}
            >
              {(props) => (
                <Button {...props} variant="light" size="xs" leftSection={<IconPlus size={14} />}>
                  {t('media.upload.button')}
                </Button>
              )}
            </FileButton>
          </Group>
        ) : null}
        <UploadList items={uploads.items} onDismiss={uploads.dismiss} />
        {library.error && !connection ? (
          <LoadError error={library.error} onRetry={() => void library.refetch()} />
        ) : null}
        {connection && connection.edges.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('media.list.empty')}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 3, sm: 6 }} spacing="sm">
          {connection?.edges.map(({ node }) => {
            const already = chosen.includes(node.id);
            const selected = already || picked.includes(node.id);
            return (
              <UnstyledButton
                key={node.id}
                onClick={() => !already && toggle(node.id)}
                aria-pressed={selected}
                aria-label={t('media.picker.select', { name: node.fileName })}
                disabled={already}
                style={{
                  position: 'relative',
                  borderRadius: 'var(--mantine-radius-sm)',
                  outline: selected ? '3px solid var(--mantine-color-blue-6)' : undefined,
                  opacity: already ? 0.5 : 1,
                }}
              >
                <MediaThumb media={node} size="100%" />
                <Checkbox
                  checked={selected}
                  readOnly
                  tabIndex={-1}
                  aria-hidden
                  size="xs"
                  style={{ position: 'absolute', top: 6, left: 6, pointerEvents: 'none' }}
                />
              </UnstyledButton>
            );
          })}
        </SimpleGrid>
        {connection ? (
          <Pager
            pager={pager}
            hasNextPage={connection.pageInfo.hasNextPage}
            endCursor={connection.pageInfo.endCursor}
            summary={t('media.list.total', { count: connection.totalCount })}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={picked.length === 0}
            onClick={() => {
              onAdd(picked.filter((id) => !chosen.includes(id)));
              close();
            }}
          >
            {t('media.picker.confirm', { count: picked.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
