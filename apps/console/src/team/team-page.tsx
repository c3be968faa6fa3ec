import { useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, Paper, Stack, Title } from '@mantine/core';
import type { MemberFieldsFragment } from '@relais/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { IconPlus } from '../ui/icons';
import { LoadError } from '../ui/load-error';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import { PageHeader } from '../ui/page-header';
import { Pager } from '../ui/pager';
import { TableSkeleton } from '../ui/table-skeleton';
import { useCursorPager } from '../ui/use-cursor-pager';
import { assignableRoles, can, canManageMember, invitableRoles } from '../auth/permissions';
import { useSession } from '../auth/session-context';
import { BrandOptionsQuery } from '../brands/brands.graphql';
import { InvitationLinkModal } from './invitation-link-modal';
import { InvitationsSection } from './invitations-section';
import { InviteMemberModal } from './invite-member-modal';
import { MemberAccessModal, type MemberAccessMode } from './member-access-modal';
import { MembersTable } from './members-table';
import { MembersQuery, RemoveMemberMutation } from './team.graphql';

export const MEMBERS_PAGE_SIZE = 50;

export function TeamPage() {
  const { t } = useTranslation();
  const session = useSession();
  const canInvite = can(session.role, 'team.invite');
  const notifyError = useNotifyApiError();
  const pager = useCursorPager();
  const [inviting, setInviting] = useState(false);
  const [invited, setInvited] = useState<{ email: string; acceptUrl: string } | null>(null);
  const [editing, setEditing] = useState<{ member: MemberFieldsFragment; mode: MemberAccessMode } | null>(
    null,
  );
  const [removing, setRemoving] = useState<MemberFieldsFragment | null>(null);
  const members = useQuery(MembersQuery, { variables: { first: MEMBERS_PAGE_SIZE, after: pager.after } });
  const brandOptions = useQuery(BrandOptionsQuery, { variables: { first: 100 } });
  const [removeMember, removeState] = useMutation(RemoveMemberMutation, { refetchQueries: [MembersQuery] });
  const brands = brandOptions.data?.brands.edges.map((edge) => edge.node) ?? [];
  const brandNames = new Map(brands.map((brand) => [brand.id, brand.name]));
  const connection = members.data?.members;

  const mayChange = (member: MemberFieldsFragment) =>
    member.userId !== session.user.id && canManageMember(session.role, member.role);

  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await removeMember({ variables: { id: removing.id } });
      notifySuccess(t('team.remove.done', { name: removing.name }));
      setRemoving(null);
    } catch (error) {
      notifyError(error);
    }
  };

  let membersContent;
  if (members.error && !connection) {
    membersContent = <LoadError error={members.error} onRetry={() => void members.refetch()} />;
  } else if (!connection) {
    membersContent = <TableSkeleton />;
  } else if (connection.edges.length === 0) {
    membersContent = <EmptyState title={t('team.members.empty')} py="lg" />;
  } else {
    membersContent = (
      <MembersTable
        members={connection.edges.map((edge) => edge.node)}
        brandNames={brandNames}
        canManage={mayChange}
        onChangeRole={(member) => setEditing({ member, mode: 'role' })}
        onAssignBrands={(member) => setEditing({ member, mode: 'brands' })}
        onRemove={setRemoving}
      />
    );
  }

  return (
    <>
      <PageHeader
        title={t('team.title')}
        description={t('team.description')}
        actions={
          canInvite ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setInviting(true)}>
              {t('team.invite.action')}
            </Button>
          ) : null
        }
      />
      <Stack gap="xl">
        <Paper withBorder p="md" component="section" aria-labelledby="team-members-title">
          <Stack>
            <Title order={4} id="team-members-title">
              {t('team.members.title')}
            </Title>
            {membersContent}
            {connection && connection.edges.length > 0 ? (
              <Pager
                pager={pager}
                hasNextPage={connection.pageInfo.hasNextPage}
                endCursor={connection.pageInfo.endCursor}
                summary={t('team.members.total', { count: connection.totalCount })}
              />
            ) : null}
          </Stack>
        </Paper>
        <InvitationsSection brandNames={brandNames} canManage={canInvite} />
      </Stack>
      <InviteMemberModal
        opened={inviting}
        onClose={() => setInviting(false)}
        onInvited={(result) => setInvited({ email: result.invitation.email, acceptUrl: result.acceptUrl })}
        brands={brands}
        roles={invitableRoles(session.role)}
      />
      <InvitationLinkModal invitation={invited} onClose={() => setInvited(null)} />
      <MemberAccessModal
        member={editing?.member ?? null}
        mode={editing?.mode ?? 'role'}
        brands={brands}
        roles={assignableRoles(session.role)}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        opened={removing !== null}
        title={t('team.remove.title')}
        message={t('team.remove.message', { name: removing?.name ?? '' })}
        confirmLabel={t('team.remove.confirm')}
        danger
        loading={removeState.loading}
        onConfirm={() => void confirmRemove()}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
