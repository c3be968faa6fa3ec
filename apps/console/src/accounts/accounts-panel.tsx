import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../auth/permissions';
import { useSession } from '../auth/session-context';
import { IconAccounts, IconPlus } from '../ui/icons';
import { LoadError } from '../ui/load-error';
import { Pager } from '../ui/pager';
import { TableSkeleton } from '../ui/table-skeleton';
import { useCursorPager } from '../ui/use-cursor-pager';
import { SocialAccountsQuery } from './accounts.graphql';
import { AccountsTable, type AccountRow } from './accounts-table';
import { ConnectAccountModal } from './connect-account-modal';
import { ConnectLinksSection } from './connect-links-section';
import { ReconnectionAlert } from './reconnection-alert';
import { useDisconnectAccount } from './use-disconnect-account';

export const ACCOUNTS_PAGE_SIZE = 50;

interface AccountsPanelProps {
  /** One brand's accounts; every visible brand's when omitted. */
  brandId?: string;
  /** Brands an account can be connected to (and their names for the list). */
  brands: ReadonlyArray<{ id: string; name: string }>;
  /** Show a brand column (lists that span brands). */
  showBrand: boolean;
}

export function AccountsPanel({ brandId, brands, showBrand }: AccountsPanelProps) {
  const { t } = useTranslation();
  const { role } = useSession();
  const canManage = can(role, 'accounts.manage');
  const pager = useCursorPager();
  const [connecting, setConnecting] = useState(false);
  const [reconnecting, setReconnecting] = useState<AccountRow | null>(null);
  const disconnect = useDisconnectAccount();
  const { data, loading, error, refetch } = useQuery(SocialAccountsQuery, {
    variables: { brandId: brandId ?? null, first: ACCOUNTS_PAGE_SIZE, after: pager.after },
  });
  const connection = data?.socialAccounts;
  const accounts = connection?.edges.map((edge) => edge.node) ?? [];
  const brandNames = new Map(brands.map((brand) => [brand.id, brand.name]));

  let content;
  if (error && !connection) content = <LoadError error={error} onRetry={() => void refetch()} />;
  else if (loading && !connection) content = <TableSkeleton rows={3} />;
  else if (accounts.length === 0) {
    content = (
      <EmptyState
        icon={<IconAccounts size={28} />}
        title={t('accounts.empty')}
        description={canManage ? t('accounts.emptyHint') : undefined}
        py="xl"
      />
    );
  } else {
    content = (
      <AccountsTable
        accounts={accounts}
        brandNames={showBrand ? brandNames : undefined}
        canManage={canManage}
        onReconnect={setReconnecting}
        onDisconnect={disconnect.request}
      />
    );
  }

  return (
    <Stack>
      <ReconnectionAlert
        accounts={accounts}
        brandNames={showBrand ? brandNames : undefined}
        canManage={canManage}
        onReconnect={setReconnecting}
      />
      <Paper withBorder p="md">
        <Stack>
          <Group justify="space-between" mih={36}>
            <Text size="sm" c="dimmed">
              {connection ? t('accounts.total', { count: connection.totalCount }) : null}
            </Text>
            {canManage ? (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setConnecting(true)}
                disabled={brands.length === 0}
              >
                {t('accounts.connect.action')}
              </Button>
            ) : null}
          </Group>
          {content}
          {connection && accounts.length > 0 ? (
            <Pager
              pager={pager}
              hasNextPage={connection.pageInfo.hasNextPage}
              endCursor={connection.pageInfo.endCursor}
            />
          ) : null}
        </Stack>
      </Paper>
      {canManage ? (
        <ConnectAccountModal
          opened={connecting}
          onClose={() => setConnecting(false)}
          brands={brands}
          brandId={brandId}
        />
      ) : null}
      {canManage && reconnecting ? (
        <ConnectAccountModal
          key={reconnecting.id}
          opened
          onClose={() => setReconnecting(null)}
          brands={brands}
          reconnect={reconnecting}
        />
      ) : null}
      {canManage && brandId ? <ConnectLinksSection brandId={brandId} /> : null}
      {disconnect.dialog}
    </Stack>
  );
}
