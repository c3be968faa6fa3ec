import { useMutation, useQuery } from '@apollo/client/react';
import { EmptyState, Paper, Stack, Title } from '@mantine/core';
import type { InvitationFieldsFragment } from '@relais/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { LoadError } from '../ui/load-error';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import { Pager } from '../ui/pager';
import { TableSkeleton } from '../ui/table-skeleton';
import { useCursorPager } from '../ui/use-cursor-pager';
import { InvitationsTable } from './invitations-table';
import { PendingInvitationsQuery, ResendInvitationMutation, RevokeInvitationMutation } from './team.graphql';

export const INVITATIONS_PAGE_SIZE = 20;

/** Invitations not yet accepted, with resend and revoke. */
export function InvitationsSection({
  brandNames,
  canManage,
}: {
  brandNames: ReadonlyMap<string, string>;
  /** Resend and revoke (the API still refuses roles the user may not invite as). */
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const notifyError = useNotifyApiError();
  const pager = useCursorPager();
  const [revoking, setRevoking] = useState<InvitationFieldsFragment | null>(null);
  const [resendingId, setResendingId] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(PendingInvitationsQuery, {
    variables: { first: INVITATIONS_PAGE_SIZE, after: pager.after },
  });
  const [revoke, revokeState] = useMutation(RevokeInvitationMutation, {
    refetchQueries: [PendingInvitationsQuery],
  });
  const [resend] = useMutation(ResendInvitationMutation);
  const connection = data?.invitations;

  const confirmRevoke = async () => {
    if (!revoking) return;
    try {
      await revoke({ variables: { id: revoking.id } });
      notifySuccess(t('team.invitations.revoked', { email: revoking.email }));
      setRevoking(null);
    } catch (caught) {
      notifyError(caught);
    }
  };

  const resendInvitation = async (invitation: InvitationFieldsFragment) => {
    setResendingId(invitation.id);
    try {
      await resend({ variables: { id: invitation.id } });
      notifySuccess(t('team.invitations.resent', { email: invitation.email }));
    } catch (caught) {
      notifyError(caught);
    } finally {
      setResendingId(null);
    }
  };

  let content;
  if (error && !connection) content = <LoadError error={error} onRetry={() => void refetch()} />;
  else if (!connection) content = <TableSkeleton rows={2} />;
  else if (connection.edges.length === 0)
    content = <EmptyState title={t('team.invitations.empty')} py="lg" />;
  else {
    content = (
      <InvitationsTable
        invitations={connection.edges.map((edge) => edge.node)}
        brandNames={brandNames}
        canManage={canManage}
        resendingId={resendingId}
        onResend={(invitation) => void resendInvitation(invitation)}
        onRevoke={setRevoking}
      />
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="team-invitations-title">
      <Stack>
        <Title order={4} id="team-invitations-title">
          {t('team.invitations.title')}
        </Title>
        {content}
        {connection && connection.edges.length > 0 ? (
          <Pager
            pager={pager}
            hasNextPage={connection.pageInfo.hasNextPage}
            endCursor={connection.pageInfo.endCursor}
            summary={t('team.invitations.total', { count: connection.totalCount })}
          />
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={revoking !== null}
        title={t('team.invitations.revokeTitle')}
        message={t('team.invitations.revokeMessage', { email: revoking?.email ?? '' })}
        confirmLabel={t('team.invitations.revoke')}
        danger
        loading={revokeState.loading}
        onConfirm={() => void confirmRevoke()}
        onClose={() => setRevoking(null)}
      />
    </Paper>
  );
}
