import { Anchor, Badge, Button, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { SocialAccountFieldsFragment } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { isUiLanguage } from '../i18n/language';
import { AccountStatusBadge } from './account-status-badge';
import { NETWORK_COLORS } from './networks';

export type AccountRow = SocialAccountFieldsFragment;

interface AccountsTableProps {
  accounts: readonly AccountRow[];
  /** Brand names by id, to show which brand each account belongs to; omit on a brand's own page. */
  brandNames?: ReadonlyMap<string, string>;
  canManage: boolean;
  onReconnect(account: AccountRow): void;
  onDisconnect(account: AccountRow): void;
}

export function AccountsTable({
  accounts,
  brandNames,
  canManage,
  onReconnect,
  onDisconnect,
}: AccountsTableProps) {
  const { t, i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'fr';
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table verticalSpacing="sm" aria-label={t('accounts.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>{t('accounts.fields.network')}</Table.Th>
            <Table.Th>{t('accounts.fields.account')}</Table.Th>
            {brandNames ? <Table.Th>{t('accounts.fields.brand')}</Table.Th> : null}
            <Table.Th w={210}>{t('accounts.fields.status')}</Table.Th>
            <Table.Th>{t('accounts.fields.tokenExpiresAt')}</Table.Th>
            <Table.Th>{t('accounts.fields.connectedAt')}</Table.Th>
            {canManage ? (
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => {
            const needsReconnection = account.status === 'NEEDS_RECONNECTION';
            return (
              <Table.Tr
                key={account.id}
                bg={needsReconnection ? 'var(--mantine-color-red-0)' : undefined}
                aria-label={account.handle}
              >
                <Table.Td>
                  <Badge
                    color={NETWORK_COLORS[account.network]}
                    variant="light"
                    style={{ minWidth: 'max-content' }}
                    maw="none"
                  >
                    {t(`networks.${account.network}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {account.handle}
                      </Text>
                      {account.shared ? (
                        <Tooltip label={t('accounts.sharedHint')}>
                          <Badge
                            size="xs"
                            variant="outline"
                            color="gray"
                            maw="none"
                            style={{ flexShrink: 0, minWidth: 'max-content' }}
                          >
                            {t('accounts.shared')}
                          </Badge>
                        </Tooltip>
                      ) : null}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {[account.displayName, account.instanceUrl].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                </Table.Td>
                {brandNames ? (
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/brands/${account.brandId}/accounts`}
                      size="sm"
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {brandNames.get(account.brandId) ?? '—'}
                    </Anchor>
                  </Table.Td>
                ) : null}
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <AccountStatusBadge status={account.status} />
                    {account.statusReason && account.status !== 'CONNECTED' ? (
                      <Text size="xs" c={needsReconnection ? 'red.8' : 'dimmed'} miw={190}>
                        {account.statusReason}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {account.tokenExpiresAt
                      ? formatDateTime(account.tokenExpiresAt, language)
                      : t('accounts.noExpiry')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(account.connectedAt, language)}
                  </Text>
                </Table.Td>
                {canManage ? (
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap" style={{ minWidth: 'max-content' }}>
                      {needsReconnection ? (
                        <Button size="xs" color="red" onClick={() => onReconnect(account)}>
                          {t('accounts.reconnect.action')}
                        </Button>
                      ) : null}
                      {account.status !== 'DISCONNECTED' ? (
                        <Button size="xs" variant="default" onClick={() => onDisconnect(account)}>
                          {t('accounts.disconnect.action')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
