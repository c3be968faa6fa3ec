import { ActionIcon, Card, Group, Menu, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MediaFieldsFragment } from '@relais/web-graphql';
import { IconDots } from '../ui/icons';
import { isUiLanguage } from '../i18n/language';
import { formatBytes } from './media-format';
import { MediaThumb } from './media-thumb';

interface MediaCardProps {
  media: MediaFieldsFragment;
  canWrite: boolean;
  onEditAlt(media: MediaFieldsFragment): void;
  onDelete(media: MediaFieldsFragment): void;
}

/** One file of the library: its picture, name, size and dimensions, and what can be done with it. */
export function MediaCard({ media, canWrite, onEditAlt, onDelete }: MediaCardProps) {
  const { t, i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'fr';
  const facts = [
    media.width && media.height
      ? t('media.list.dimensions', { width: media.width, height: media.height })
      : null,
    formatBytes(media.sizeBytes, language),
  ].filter(Boolean);
  return (
    <Card withBorder padding="xs" radius="md" component="li" aria-label={media.fileName}>
      <Card.Section>
        <MediaThumb media={media} size="100%" />
      </Card.Section>
      <Group justify="space-between" wrap="nowrap" mt="xs" gap={4} align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} truncate="end" title={media.fileName}>
            {media.fileName}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {facts.join(' · ')}
          </Text>
          {media.altText ? (
            <Text size="xs" c="dimmed" lineClamp={2} title={media.altText}>
              {media.altText}
            </Text>
          ) : media.kind !== 'VIDEO' ? (
            <Text size="xs" c="orange.8">
              {t('media.list.noAlt')}
            </Text>
          ) : null}
        </Stack>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('media.list.actions', { name: media.fileName })}
            >
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {canWrite ? (
              <Menu.Item onClick={() => onEditAlt(media)}>{t('media.list.editAlt')}</Menu.Item>
            ) : null}
            {media.url ? (
              <Menu.Item component="a" href={media.url} target="_blank" rel="noopener noreferrer">
                {t('media.list.open')}
              </Menu.Item>
            ) : null}
            {canWrite ? (
              <Menu.Item color="red" onClick={() => onDelete(media)}>
                {t('media.list.delete')}
              </Menu.Item>
            ) : null}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Card>
  );
}
