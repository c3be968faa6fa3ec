import { Badge, Button, Group, Text } from '@mantine/core';
import type { InvitationFieldsFragment } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { needsBrandAssignment } from '../auth/permissions';
import { formatDate } from '../i18n/format';
import { useUiLanguage } from '../i18n/use-ui-language';
import { ActionsHeader, DataTable, type DataColumn } from '../ui/data-table';
import { BrandBadges } from './members-table';

interface InvitationsTableProps {
  invitations: readonly InvitationFieldsFragment[];
  brandNames: ReadonlyMap<string, string>;
  canManage: boolean;
  resendingId: string | null;
  onResend(invitation: InvitationFieldsFragment): void;
  onRevoke(invitation: InvitationFieldsFragment): void;
}

/** Invitations not yet accepted: to whom, as what, for which brands, from whom, until when. */
export function InvitationsTable({
  invitations,
  brandNames,
  canManage,
  resendingId,
  onResend,
  onRevoke,
}: InvitationsTableProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const columns: DataColumn<InvitationFieldsFragment>[] = [
    {
      key: 'email',
      header: t('team.fields.email'),
      cell: (invitation) => (
        <Text size="sm" fw={600}>
          {invitation.email}
        </Text>
      ),
    },
    {
      key: 'role',
      header: t('team.fields.role'),
      cell: (invitation) => <Badge variant="light">{t(`roles.${invitation.role}`)}</Badge>,
    },
    {
      key: 'brands',
      header: t('team.fields.brands'),
      cell: (invitation) =>
        needsBrandAssignment(invitation.role) ? (
          <BrandBadges brandIds={invitation.brandIds} brandNames={brandNames} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('team.allBrands')}
          </Text>
        ),
    },
    {
      key: 'invitedBy',
      header: t('team.fields.invitedBy'),
      cell: (invitation) => <Text size="sm">{invitation.invitedByName ?? '—'}</Text>,
    },
    {
      key: 'expires',
      header: t('team.fields.expires'),
      cell: (invitation) => <Text size="sm">{formatDate(invitation.expiresAt, language)}</Text>,
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: <ActionsHeader />,
      cell: (invitation) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            loading={resendingId === invitation.id}
            onClick={() => onResend(invitation)}
          >
            {t('team.invitations.resend')}
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => onRevoke(invitation)}>
            {t('team.invitations.revoke')}
          </Button>
        </Group>
      ),
    });
  }
  return (
    <DataTable
      label={t('team.invitations.tableLabel')}
      minWidth={680}
      rows={invitations}
      columns={columns}
      rowKey={(invitation) => invitation.id}
      rowLabel={(invitation) => invitation.email}
    />
  );
}
