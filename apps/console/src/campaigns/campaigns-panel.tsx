import { ActionIcon, Badge, ColorSwatch, Group, Menu, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import type { UiLanguage } from '../i18n/language';
import { useUiLanguage } from '../i18n/use-ui-language';
import { IconDots } from '../ui/icons';
import type { CampaignValues } from './campaign-modal';
import { PlanningPanel } from './planning-panel';

export interface CampaignRow extends CampaignValues {
  id: string;
  archived: boolean;
}

interface CampaignsPanelProps {
  campaigns: readonly CampaignRow[];
  writer: boolean;
  onCreate(): void;
  onEdit(campaign: CampaignValues): void;
  onArchive(id: string): void;
}

function campaignDates(campaign: CampaignRow, language: UiLanguage, t: TFunction): string {
  const day = (value: string) => formatDate(`${value}T12:00:00Z`, language);
  const { startsOn, endsOn } = campaign;
  return startsOn || endsOn
    ? `${startsOn ? day(startsOn) : '…'} – ${endsOn ? day(endsOn) : '…'}`
    : t('posts.campaigns.noDates');
}

/** A brand's campaigns: colour, name, dates, and (for writers) edit and archive. */
export function CampaignsPanel({ campaigns, writer, onCreate, onEdit, onArchive }: CampaignsPanelProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <PlanningPanel
      title={t('posts.campaigns.campaigns')}
      createLabel={writer ? t('posts.campaigns.newCampaign') : null}
      onCreate={onCreate}
    >
      {campaigns.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('posts.campaigns.noCampaigns')}
        </Text>
      ) : (
        <Table aria-label={t('posts.campaigns.campaigns')} verticalSpacing="xs">
          <Table.Tbody>
            {campaigns.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <ColorSwatch color={item.color} size={14} />
                    <Text size="sm" fw={600}>
                      {item.name}
                    </Text>
                    {item.archived ? (
                      <Badge size="xs" color="gray">
                        {t('posts.campaigns.archivedBadge')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {campaignDates(item, language, t)}
                  </Text>
                </Table.Td>
                <Table.Td w={40}>
                  {writer && !item.archived ? (
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`${t('common.actions')} ${item.name}`}
                        >
                          <IconDots />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => onEdit({ ...item })}>{t('posts.campaigns.edit')}</Menu.Item>
                        <Menu.Item color="red" onClick={() => onArchive(item.id)}>
                          {t('posts.campaigns.archive')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </PlanningPanel>
  );
}
