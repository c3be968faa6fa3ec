import { Badge } from '@mantine/core';
import type { AccountStatus } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';

const COLORS: Record<AccountStatus, string> = {
  CONNECTED: 'teal',
  NEEDS_RECONNECTION: 'red',
  DISCONNECTED: 'gray',
};

export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[status]}
      variant={status === 'NEEDS_RECONNECTION' ? 'filled' : 'light'}
      maw="none"
      style={{ minWidth: 'max-content' }}
    >
      {t(`accounts.status.${status}`)}
    </Badge>
  );
}
