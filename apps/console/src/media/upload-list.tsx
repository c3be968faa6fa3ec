import { ActionIcon, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UploadItem } from './use-media-uploads';

function CloseIcon() {
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

/** Files being sent and checked, with their progress, and why a file was refused. */
export function UploadList({ items, onDismiss }: { items: UploadItem[]; onDismiss(key: string): void }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" aria-live="polite">
      {items.map((item) => (
        <Paper key={item.key} withBorder p="xs" radius="sm">
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Text size="sm" fw={500} truncate="end">
                {item.fileName}
              </Text>
              {item.state === 'failed' ? (
                <Text size="xs" c="red" role="alert">
                  {item.error}
                </Text>
              ) : (
                <Text size="xs" c="dimmed">
                  {item.state === 'sending'
                    ? t('media.upload.sending', { percent: Math.round(item.progress * 100) })
                    : item.state === 'checking'
                      ? t('media.upload.checking')
                      : t('media.upload.done')}
                </Text>
              )}
              {item.state === 'sending' || item.state === 'checking' ? (
                <Progress
                  value={item.progress * 100}
                  size="sm"
                  animated={item.state === 'checking'}
                  aria-label={item.fileName}
                />
              ) : null}
            </Stack>
            {item.state === 'failed' || item.state === 'done' ? (
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('media.upload.dismiss')}
                onClick={() => onDismiss(item.key)}
              >
                <CloseIcon />
              </ActionIcon>
            ) : null}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
