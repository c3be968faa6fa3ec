import { Badge, Button, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession, useSessionManager } from '../auth/session-context';
import { IconChevronDown } from '../ui/icons';
import { notifyFailure, notifySuccess } from '../ui/notify';

/** The current agency; a menu to open another one for users who belong to several. */
export function AgencySwitcher() {
  const { t } = useTranslation();
  const { agency, agencies } = useSession();
  const session = useSessionManager();
  const navigate = useNavigate();
  const [switching, setSwitching] = useState(false);

  if (agencies.length < 2) {
    return (
      <Text size="sm" fw={600} c="dimmed" visibleFrom="xs">
        {agency.name}
      </Text>
    );
  }

  const open = async (agencyId: string, name: string) => {
    if (agencyId === agency.id) return;
    setSwitching(true);
    const switched = await session.switchAgency(agencyId);
    setSwitching(false);
    if (switched) {
      notifySuccess(t('agency.switched', { name }));
      await navigate('/brands');
    } else {
      notifyFailure(t('agency.switchFailed'));
    }
  };

  return (
    <Menu position="bottom-start" withinPortal width={280}>
      <Menu.Target>
        <Button
          variant="default"
          size="sm"
          rightSection={<IconChevronDown size={14} />}
          loading={switching}
          aria-label={t('agency.switch', { name: agency.name })}
        >
          {agency.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('agency.yourAgencies')}</Menu.Label>
        {agencies.map((entry) => (
          <Menu.Item
            key={entry.id}
            onClick={() => void open(entry.id, entry.name)}
            rightSection={
              <Badge size="xs" variant="light" color="gray">
                {t(`roles.${entry.role}`)}
              </Badge>
            }
            fw={entry.id === agency.id ? 700 : undefined}
            aria-current={entry.id === agency.id ? 'true' : undefined}
          >
            {entry.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
