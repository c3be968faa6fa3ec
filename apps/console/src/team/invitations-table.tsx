import { Button, Group, Table, Text, Badge, VisuallyHidden } from '@mantine/core';
import type { InvitationFieldsFragment } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { needsBrandAssignment } from '../auth/permissions';
import { formatDate } from '../i18n/format';
import { isUiLanguage } from '../i18n/language';
import { BrandBadges } from './members-table';

interface InvitationsTableProps {
  invitations: readonly InvitationFieldsFragment[];
  brandNames: ReadonlyMap<string, string>;
  canManage: boolean;
  resendingId: string | null;
  onResend(invitation: InvitationFieldsFragment): void;
  onRevoke(invitation: InvitationFieldsFragment): void;
}

export function InvitationsTable({
  invitations,
  brandNames,
  canManage,
  resendingId,
  onResend,
  onRevoke,
}: InvitationsTableProps) {
  const { t, i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'fr';
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="sm" aria-label={t('team.invitations.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('team.fields.email')}</Table.Th>
            <Table.Th>{t('team.fields.role')}</Table.Th>
            <Table.Th>{t('team.fields.brands')}</Table.Th>
            <Table.Th>{t('team.fields.invitedBy')}</Table.Th>
            <Table.Th>{t('team.fields.expires')}</Table.Th>
            {canManage ? (
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((invitation) => (
            <Table.Tr key={invitation.id} aria-label={invitation.email}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {invitation.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`roles.${invitation.role}`)}</Badge>
              </Table.Td>
              <Table.Td>
                {needsBrandAssignment(invitation.role) ? (
                  <BrandBadges brandIds={invitation.brandIds} brandNames={brandNames} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('team.allBrands')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{invitation.invitedByName ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(invitation.expiresAt, language)}</Text>
              </Table.Td>
              {canManage ? (
                <Table.Td>
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
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
