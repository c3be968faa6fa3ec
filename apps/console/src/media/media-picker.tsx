import { Button, Group, Input, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { IconPlus } from '../ui/icons';
import { canWriteContent } from './content-writers';
import { MediaPickerModal } from './media-picker-modal';
import { SelectedMedia } from './selected-media';

export interface MediaPickerProps {
  brandId: string;
  /** Ids of the chosen files, in the order they go out. */
  value: string[];
  onChange(ids: string[]): void;
  label?: string;
  /** Shown under the field (the network's rules, for instance). */
  error?: string;
  disabled?: boolean;
}

/** Moves the item at `index` one place earlier (-1) or later (+1). */
export function moved(ids: readonly string[], index: number, step: -1 | 1): string[] {
  const target = index + step;
  if (target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

/**
 * Chooses files of the brand's library for a post: the chosen ones in order (remove, move), and a
 * dialog to pick more or upload new ones.
 */
export function MediaPicker({ brandId, value, onChange, label, error, disabled }: MediaPickerProps) {
  const { t } = useTranslation();
  const { role } = useSession();
  const [open, setOpen] = useState(false);
  return (
    <Input.Wrapper label={label ?? t('media.picker.label')} error={error}>
      <Group
        gap="sm"
        align="flex-start"
        mt={4}
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {value.map((id, index) => (
          <SelectedMedia
            key={id}
            id={id}
            first={index === 0}
            last={index === value.length - 1}
            disabled={disabled}
            onRemove={() => onChange(value.filter((item) => item !== id))}
            onMove={(step) => onChange(moved(value, index, step))}
          />
        ))}
        {value.length === 0 ? (
          <Text size="sm" c="dimmed" component="li">
            {t('media.picker.empty')}
          </Text>
        ) : null}
      </Group>
      <Button
        mt="xs"
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} />}
        onClick={() => setOpen(true)}
        disabled={disabled || !brandId}
      >
        {t('media.picker.add')}
      </Button>
      {brandId ? (
        <MediaPickerModal
          opened={open}
          brandId={brandId}
          chosen={value}
          canUpload={canWriteContent(role)}
          onClose={() => setOpen(false)}
          onAdd={(ids) => onChange([...value, ...ids])}
        />
      ) : null}
    </Input.Wrapper>
  );
}
export { MediaThumb } from './media-thumb';
