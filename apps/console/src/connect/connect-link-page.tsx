import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { Network } from '@relais/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConnectAccountModal } from '../accounts/connect-account-modal';
import { formatDateTime } from '../i18n/format';
import { useUiLanguage } from '../i18n/use-ui-language';
import { ReviewLayout, ReviewLinkMessage } from '../review/review-layout';
import { reviewLinkProblem } from '../review/review-link-problem';
import { ConnectLinkPageQuery } from './connect.graphql';

/**
 * The page a brand's approver opens from a connect link (`/connect/<token>`), without an agency
 * login: which agency asks, for which brand, what is already connected, and a button per network
 * allowed. The link's token authorises every step of the flow started here.
 */
export function ConnectLinkPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { token = '' } = useParams();
  const [network, setNetwork] = useState<Network | null>(null);
  const page = useQuery(ConnectLinkPageQuery, {
    variables: { token },
    skip: token.length === 0,
    fetchPolicy: 'network-only',
  });
  const data = page.data?.connectLink;

  if (token.length === 0 || (page.error && !data)) {
    const problem = token.length === 0 ? 'invalid' : reviewLinkProblem(page.error);
    return (
      <ReviewLayout>
        <ReviewLinkMessage
          title={t(`connect.linkProblems.${problem === 'unavailable' ? 'unavailable' : 'invalid'}.title`)}
          message={t(`connect.linkProblems.${problem === 'unavailable' ? 'unavailable' : 'invalid'}.message`)}
        />
      </ReviewLayout>
    );
  }
  if (!data) {
    return (
      <ReviewLayout>
        <Skeleton height={320} />
      </ReviewLayout>
    );
  }

  return (
    <ReviewLayout brandName={data.brandName}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('connect.linkPage.title', { brand: data.brandName })}
          </Title>
          <Text>{t('connect.linkPage.intro', { agency: data.agencyName, brand: data.brandName })}</Text>
          <Text size="sm" c="dimmed">
            {t('connect.linkPage.expires', { date: formatDateTime(data.expiresAt, language) })}
          </Text>
        </Stack>
        <Paper withBorder p="lg">
          <Stack>
            <Title order={2} size="h4">
              {t('connect.linkPage.connectTitle')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {data.networks.map((allowed) => (
                <Button key={allowed} variant="light" onClick={() => setNetwork(allowed)}>
                  {t('connect.linkPage.connectOn', { network: t(`networks.${allowed}`) })}
                </Button>
              ))}
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="lg">
          <Stack>
            <Title order={2} size="h4">
              {t('connect.linkPage.connectedTitle')}
            </Title>
            {data.accounts.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('connect.linkPage.noneYet')}
              </Text>
            ) : (
              <Table aria-label={t('connect.linkPage.connectedTitle')}>
                <Table.Tbody>
                  {data.accounts.map((account) => (
                    <Table.Tr key={`${account.network}-${account.handle}`}>
                      <Table.Td>{t(`networks.${account.network}`)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {account.handle}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group>
                          <Badge
                            variant="light"
                            color={
                              account.status === 'connected' || account.status === 'CONNECTED'
                                ? 'teal'
                                : 'red'
                            }
                          >
                            {account.status === 'connected' || account.status === 'CONNECTED'
                              ? t('accounts.status.CONNECTED')
                              : t('accounts.status.NEEDS_RECONNECTION')}
                          </Badge>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Paper>
      </Stack>
      {network ? (
        <ConnectAccountModal
          key={network}
          opened
          onClose={() => setNetwork(null)}
          brands={[]}
          linkToken={token}
          networks={[network]}
          onConnected={() => void page.refetch()}
        />
      ) : null}
    </ReviewLayout>
  );
}
