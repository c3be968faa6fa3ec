import { useMutation, useQuery } from '@apollo/client/react';
import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../auth/permissions';
import { useSession } from '../auth/session-context';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { LoadError } from '../ui/load-error';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import type { ReviewLinkView } from './review-link-types';
import { ReviewLinksQuery, RevokeReviewLinkMutation } from './review-links.graphql';
import { ReviewLinksTable } from './review-links-table';

/** A brand's review links sent to its clients, each revocable while it is still usable. */
export function ReviewLinksSection({ brandId, zone }: { brandId: string; zone: string }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const notifyError = useNotifyApiError();
  const links = useQuery(ReviewLinksQuery, { variables: { brandId } });
  const [revoke, { loading: revoking }] = useMutation(RevokeReviewLinkMutation);
  const [toRevoke, setToRevoke] = useState<ReviewLinkView | null>(null);

  const confirmRevoke = async () => {
    if (!toRevoke) return;
    try {
      await revoke({ variables: { id: toRevoke.id } });
      notifySuccess(t('approval.links.revoked'));
      setToRevoke(null);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-label={t('approval.links.title')}>
      <Stack>
        <Stack gap={2}>
          <Title order={4}>{t('approval.links.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('approval.links.intro')}
          </Text>
        </Stack>
        {links.error && !links.data ? (
          <LoadError error={links.error} onRetry={() => void links.refetch()} />
        ) : !links.data ? (
          <Skeleton height={120} />
        ) : links.data.reviewLinks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('approval.links.none')}
          </Text>
        ) : (
          <ReviewLinksTable
            links={links.data.reviewLinks}
            zone={zone}
            canRevoke={can(role, 'approval.sendToClient')}
            onRevoke={setToRevoke}
          />
        )}
      </Stack>
      <ConfirmDialog
        opened={toRevoke !== null}
        title={t('approval.links.revokeTitle')}
        message={t('approval.links.revokeMessage', { name: toRevoke?.recipientName ?? '' })}
        confirmLabel={t('approval.links.revoke')}
        danger
        loading={revoking}
        onConfirm={() => void confirmRevoke()}
        onClose={() => setToRevoke(null)}
      />
    </Paper>
  );
}
