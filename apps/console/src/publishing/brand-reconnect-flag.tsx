import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconAlert } from '../ui/icons';
import { BrandAccountStatusesQuery } from './publishing.graphql';

/**
 * On the brand page: the brand's accounts that can no longer publish, each with why, and the way to
 * the accounts tab where they are reconnected.
 */
export function BrandReconnectFlag({ brandId }: { brandId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(BrandAccountStatusesQuery, { variables: { brandId } });
  const needing = (data?.brand.socialAccounts ?? []).filter(
    (account) => account.status === 'NEEDS_RECONNECTION',
  );
  if (needing.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlert size={20} />}
      title={t('publishing.reconnect.title', { count: needing.length })}
      mb="md"
    >
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Text size="sm" mb={4}>
            {t('publishing.reconnect.hint', { count: needing.length })}
          </Text>
          <List size="sm" spacing={2}>
            {needing.map((account) => (
              <List.Item key={account.id}>
                <Text span size="sm" fw={600}>
                  {t(`networks.${account.network}`)} · {account.handle}
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
        <Button
          component={Link}
          to={`/brands/${brandId}/accounts`}
          size="xs"
          color="red"
          style={{ flexShrink: 0 }}
        >
          {t('publishing.reconnect.action')}
        </Button>
      </Group>
    </Alert>
  );
}
