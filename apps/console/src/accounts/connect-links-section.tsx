import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { ConnectLinkFieldsFragment } from '@relais/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectLinksQuery, RevokeConnectLinkMutation } from '../connect/connect.graphql';
import { formatDateTime } from '../i18n/format';
import { isUiLanguage } from '../i18n/language';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { LoadError } from '../ui/load-error';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import { SendConnectLinkModal } from './send-connect-link-modal';

type LinkState = 'active' | 'expired' | 'revoked';

function stateOf(link: ConnectLinkFieldsFragment, now: number): LinkState {
  if (link.revokedAt) return 'revoked';
  return Date.parse(link.expiresAt) <= now ? 'expired' : 'active';
}

const STATE_COLORS: Record<LinkState, string> = { active: 'teal', expired: 'gray', revoked: 'red' };

/** A brand's connect links: send one to the brand's people, see those sent, revoke one still usable. */
export function ConnectLinksSection({ brandId }: { brandId: string }) {
  const { t, i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'fr';
  const notifyError = useNotifyApiError();
  const links = useQuery(ConnectLinksQuery, { variables: { brandId } });
  const [revoke, { loading: revoking }] = useMutation(RevokeConnectLinkMutation);
  const [sending, setSending] = useState(false);
  const [toRevoke, setToRevoke] = useState<ConnectLinkFieldsFragment | null>(null);
  const [now] = useState(() => Date.now());

  const confirmRevoke = async () => {
    if (!toRevoke) return;
    try {
      await revoke({ variables: { id: toRevoke.id } });
      notifySuccess(t('connect.links.revoked'));
      setToRevoke(null);
    } catch (error) {
      notifyError(error);
    }
  };

  const list = links.data?.connectLinks;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('connect.links.title')}>
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={4}>{t('connect.links.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('connect.links.intro')}
            </Text>
          </Stack>
          <Button variant="light" onClick={() => setSending(true)}>
            {t('connect.links.send')}
          </Button>
        </Group>
        {links.error && !list ? (
          <LoadError error={links.error} onRetry={() => void links.refetch()} />
        ) : !list ? (
          <Skeleton height={80} />
        ) : list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('connect.links.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" aria-label={t('connect.links.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('connect.links.recipient')}</Table.Th>
                  <Table.Th>{t('connect.links.networks')}</Table.Th>
                  <Table.Th>{t('connect.links.expires')}</Table.Th>
                  <Table.Th>{t('connect.links.state')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((link) => {
                  const state = stateOf(link, now);
                  return (
                    <Table.Tr key={link.id}>
                      <Table.Td>
                        <Text size="sm">{link.recipientEmail ?? t('connect.links.noRecipient')}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {link.networks.map((network) => t(`networks.${network}`)).join(', ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDateTime(link.expiresAt, language)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={STATE_COLORS[state]}>
                          {t(`connect.links.states.${state}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {state === 'active' ? (
                          <Button size="xs" variant="default" onClick={() => setToRevoke(link)}>
                            {t('connect.links.revoke')}
                          </Button>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <SendConnectLinkModal brandId={brandId} opened={sending} onClose={() => setSending(false)} />
      <ConfirmDialog
        opened={toRevoke !== null}
        title={t('connect.links.revokeTitle')}
        message={t('connect.links.revokeMessage')}
        confirmLabel={t('connect.links.revoke')}
        danger
        loading={revoking}
        onConfirm={() => void confirmRevoke()}
        onClose={() => setToRevoke(null)}
      />
    </Paper>
  );
}
