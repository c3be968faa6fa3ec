import { ActionIcon, Badge, Group, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { MemberFieldsFragment } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { IconDots } from '../ui/icons';
import { needsBrandAssignment } from '../auth/permissions';
import { formatDate } from '../i18n/format';
import { isUiLanguage } from '../i18n/language';

interface MembersTableProps {
  members: readonly MemberFieldsFragment[];
  brandNames: ReadonlyMap<string, string>;
  /** Whether the signed-in user may change this member. */
  canManage(member: MemberFieldsFragment): boolean;
  onChangeRole(member: MemberFieldsFragment): void;
  onAssignBrands(member: MemberFieldsFragment): void;
  onRemove(member: MemberFieldsFragment): void;
}

export function BrandBadges({
  brandIds,
  brandNames,
}: {
  brandIds: readonly string[];
  brandNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  if (brandIds.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('team.noBrands')}
      </Text>
    );
  return (
    <Group gap={4}>
      {brandIds.map((id) => (
        <Badge key={id} variant="light" color="gray" size="sm">
          {brandNames.get(id) ?? t('team.unknownBrand')}
        </Badge>
      ))}
    </Group>
  );
}

export function MembersTable({
  members,
  brandNames,
  canManage,
  onChangeRole,
  onAssignBrands,
  onRemove,
}: MembersTableProps) {
  const { t, i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'fr';
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="sm" aria-label={t('team.members.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('team.fields.name')}</Table.Th>
            <Table.Th>{t('team.fields.role')}</Table.Th>
            <Table.Th>{t('team.fields.brands')}</Table.Th>
            <Table.Th>{t('team.fields.joined')}</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.id} aria-label={member.email}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {member.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {member.email}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`roles.${member.role}`)}</Badge>
              </Table.Td>
              <Table.Td>
                {needsBrandAssignment(member.role) ? (
                  <BrandBadges brandIds={member.brandIds} brandNames={brandNames} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('team.allBrands')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(member.createdAt, language)}</Text>
              </Table.Td>
              <Table.Td>
                {canManage(member) ? (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('team.members.actionsFor', { name: member.name })}
                      >
                        <IconDots />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => onChangeRole(member)}>
                        {t('team.access.roleAction')}
                      </Menu.Item>
                      {member.role === 'COMMUNITY_MANAGER' ? (
                        <Menu.Item onClick={() => onAssignBrands(member)}>
                          {t('team.access.brandsAction')}
                        </Menu.Item>
                      ) : null}
                      <Menu.Item color="red" onClick={() => onRemove(member)}>
                        {t('team.remove.action')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
