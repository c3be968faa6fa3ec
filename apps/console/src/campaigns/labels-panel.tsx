import { Badge, Group, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LabelValues } from './label-modal';
import { PlanningPanel } from './planning-panel';

export interface LabelRow extends LabelValues {
  id: string;
}

interface LabelsPanelProps {
  labels: readonly LabelRow[];
  writer: boolean;
  onCreate(): void;
  onEdit(label: LabelValues): void;
  onDelete(id: string): void;
}

/** A brand's labels as badges; for writers, each opens a menu to rename or delete it. */
export function LabelsPanel({ labels, writer, onCreate, onEdit, onDelete }: LabelsPanelProps) {
  const { t } = useTranslation();
  return (
    <PlanningPanel
      title={t('posts.campaigns.labels')}
      createLabel={writer ? t('posts.campaigns.newLabel') : null}
      onCreate={onCreate}
    >
      {labels.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('posts.campaigns.noLabels')}
        </Text>
      ) : (
        <Group gap="xs" aria-label={t('posts.campaigns.labels')}>
          {labels.map((item) => (
            <Menu key={item.id} position="bottom-start" disabled={!writer}>
              <Menu.Target>
                <Badge
                  component="button"
                  type="button"
                  size="lg"
                  variant="light"
                  color={item.color}
                  style={{ cursor: writer ? 'pointer' : 'default', textTransform: 'none' }}
                >
                  {item.name}
                </Badge>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => onEdit({ ...item })}>{t('posts.campaigns.edit')}</Menu.Item>
                <Menu.Item color="red" onClick={() => onDelete(item.id)}>
                  {t('posts.campaigns.deleteLabel')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ))}
        </Group>
      )}
    </PlanningPanel>
  );
}
