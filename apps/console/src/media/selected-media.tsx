import { useQuery } from '@apollo/client/react';
import { ActionIcon, Center, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MediaItemQuery } from './media.graphql';
import { MediaThumb } from './media-thumb';

const SIZE = 96;

function Arrow({ left }: { left: boolean }) {
  return (
    <svg
      width={14}
      height={14}
      viewBox="0 0 24 24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
    >
      <path d={left ? 'M15 6l-6 6 6 6' : 'M9 6l6 6-6 6'} />
    </svg>
  );
}

function Cross() {
  return (
    <svg
      width={14}
      height={14}
      viewBox="0 0 24 24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
    >
      <path d="M6 6l12 12M18 6L6 18" />
    </svg>
  );
}

interface SelectedMediaProps {
  id: string;
  first: boolean;
  last: boolean;
  disabled?: boolean;
  onRemove(): void;
  onMove(step: -1 | 1): void;
}

/** One file chosen for a post, with buttons to remove it or change its place. */
export function SelectedMedia({ id, first, last, disabled, onRemove, onMove }: SelectedMediaProps) {
  const { t } = useTranslation();
  const { data, error } = useQuery(MediaItemQuery, { variables: { id } });
  const media = data?.media;
  const name = media?.fileName ?? id;
  return (
    <Stack gap={4} component="li" w={SIZE} aria-label={name}>
      {media ? (
        <MediaThumb media={media} size={SIZE} />
      ) : (
        <Center w={SIZE} h={SIZE} bg="gray.1" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
          <Text size="xs" c="dimmed" ta="center" px={4}>
            {error ? t('media.picker.missing') : '…'}
          </Text>
        </Center>
      )}
      <Group gap={2} justify="center">
        <ActionIcon
          size="sm"
          variant="subtle"
          color="gray"
          disabled={disabled || first}
          aria-label={t('media.picker.moveLeft', { name })}
          onClick={() => onMove(-1)}
        >
          <Arrow left />
        </ActionIcon>
        <ActionIcon
          size="sm"
          variant="subtle"
          color="red"
          disabled={disabled}
          aria-label={t('media.picker.remove', { name })}
          onClick={onRemove}
        >
          <Cross />
        </ActionIcon>
        <ActionIcon
          size="sm"
          variant="subtle"
          color="gray"
          disabled={disabled || last}
          aria-label={t('media.picker.moveRight', { name })}
          onClick={() => onMove(1)}
        >
          <Arrow left={false} />
        </ActionIcon>
      </Group>
    </Stack>
  );
}
