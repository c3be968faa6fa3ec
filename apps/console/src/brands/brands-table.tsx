import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Menu,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import type { BrandsQuery } from '@relais/web-graphql';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconDots } from '../ui/icons';
import { timezoneLabel } from './timezones';

export type BrandRow = BrandsQuery['brands']['edges'][number]['node'];

interface BrandsTableProps {
  brands: readonly BrandRow[];
  canManage: boolean;
  onArchive(brand: BrandRow): void;
  onRestore(brand: BrandRow): void;
}

function AccountsCell({ brand }: { brand: BrandRow }) {
  const { t } = useTranslation();
  const needing = brand.socialAccounts.filter((account) => account.status === 'NEEDS_RECONNECTION').length;
  const connected = brand.socialAccounts.filter((account) => account.status !== 'DISCONNECTED').length;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">{t('brands.list.accountCount', { count: connected })}</Text>
      {needing > 0 ? (
        <Tooltip label={t('accounts.needsReconnectionCount', { count: needing })}>
          <Badge color="red" variant="filled" size="sm">
            {t('accounts.needsReconnectionShort', { count: needing })}
          </Badge>
        </Tooltip>
      ) : null}
    </Group>
  );
}

export function BrandsTable({ brands, canManage, onArchive, onRestore }: BrandsTableProps) {
  const { t } = useTranslation();
  const now = useMemo(() => new Date(), []);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('brands.list.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('brands.fields.name')}</Table.Th>
            <Table.Th>{t('brands.fields.timezone')}</Table.Th>
            <Table.Th>{t('brands.fields.defaultLanguage')}</Table.Th>
            <Table.Th>{t('brands.fields.targetMarkets')}</Table.Th>
            <Table.Th>{t('brands.list.accounts')}</Table.Th>
            <Table.Th>{t('brands.list.status')}</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {brands.map((brand) => (
            <Table.Tr key={brand.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/brands/${brand.id}`} fw={600}>
                    {brand.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {brand.slug}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{timezoneLabel(brand.timezone, now)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`language.locales.${brand.defaultLanguage}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {brand.targetMarkets.slice(0, 4).map((market) => (
                    <Badge key={market} variant="outline" color="gray" size="sm">
                      {market}
                    </Badge>
                  ))}
                  {brand.targetMarkets.length > 4 ? (
                    <Text size="xs" c="dimmed">
                      +{brand.targetMarkets.length - 4}
                    </Text>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <AccountsCell brand={brand} />
              </Table.Td>
              <Table.Td>
                {brand.archived ? (
                  <Badge color="gray" variant="light">
                    {t('brands.status.archived')}
                  </Badge>
                ) : (
                  <Badge color="teal" variant="light">
                    {t('brands.status.active')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('brands.list.actionsFor', { name: brand.name })}
                    >
                      <IconDots />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item component={Link} to={`/brands/${brand.id}`}>
                      {canManage ? t('common.edit') : t('common.view')}
                    </Menu.Item>
                    <Menu.Item component={Link} to={`/brands/${brand.id}/accounts`}>
                      {t('brands.tabs.accounts')}
                    </Menu.Item>
                    {canManage && !brand.archived ? (
                      <Menu.Item color="red" onClick={() => onArchive(brand)}>
                        {t('brands.archive.action')}
                      </Menu.Item>
                    ) : null}
                    {canManage && brand.archived ? (
                      <Menu.Item onClick={() => onRestore(brand)}>{t('brands.restore.action')}</Menu.Item>
                    ) : null}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
