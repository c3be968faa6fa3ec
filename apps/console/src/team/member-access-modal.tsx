import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import type { MemberFieldsFragment, Role } from '@relais/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../ui/form-error';
import { notifySuccess } from '../ui/notify';
import { isBrandRole } from '../auth/permissions';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { fieldErrorMessage } from '../graphql/field-error-message';
import { BrandScopeField, brandIdsForRole } from './brand-scope-field';
import { AssignBrandsMutation, ChangeMemberRoleMutation, MembersQuery } from './team.graphql';

export type MemberAccessMode = 'role' | 'brands';

interface MemberAccessModalProps {
  member: MemberFieldsFragment | null;
  mode: MemberAccessMode;
  brands: ReadonlyArray<{ id: string; name: string }>;
  roles: readonly Role[];
  onClose(): void;
}

function AccessForm({
  member,
  mode,
  brands,
  roles,
  onClose,
}: MemberAccessModalProps & { member: MemberFieldsFragment }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(member.role);
  const [brandIds, setBrandIds] = useState<string[]>(member.brandIds);
  const [failure, setFailure] = useState<string | null>(null);
  const [changeRole, changeState] = useMutation(ChangeMemberRoleMutation, { refetchQueries: [MembersQuery] });
  const [assignBrands, assignState] = useMutation(AssignBrandsMutation, { refetchQueries: [MembersQuery] });
  const saving = changeState.loading || assignState.loading;

  const save = async () => {
    if (isBrandRole(role) && brandIds.length !== 1) {
      setFailure(t('team.validation.oneBrand'));
      return;
    }
    setFailure(null);
    try {
      if (mode === 'brands') {
        await assignBrands({ variables: { input: { id: member.id, brandIds } } });
        notifySuccess(t('team.access.brandsSaved', { name: member.name }));
      } else {
        await changeRole({
          variables: { input: { id: member.id, role, brandIds: brandIdsForRole(role, brandIds) } },
        });
        notifySuccess(t('team.access.roleSaved', { name: member.name, role: t(`roles.${role}`) }));
      }
      onClose();
    } catch (error) {
      const apiError = toApiError(error);
      setFailure(
        [errorMessage(apiError, t), ...apiError.fields.map((field) => fieldErrorMessage(field, t))].join(' '),
      );
    }
  };

  return (
    <Stack>
      <Text size="sm">
        {member.name} · {member.email}
      </Text>
      <FormError message={failure} />
      {mode === 'role' ? (
        <Select<Role>
          label={t('team.fields.role')}
          required
          allowDeselect={false}
          data={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
          value={role}
          onChange={(value) => {
            if (!value) return;
            setRole(value);
            if (isBrandRole(value) !== isBrandRole(role)) setBrandIds([]);
          }}
        />
      ) : null}
      <BrandScopeField role={role} brands={brands} value={brandIds} onChange={setBrandIds} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={saving}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void save()} loading={saving}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Changes a member's role (and brands when the role needs them), or a community manager's brands. */
export function MemberAccessModal(props: MemberAccessModalProps) {
  const { t } = useTranslation();
  const title = props.mode === 'role' ? t('team.access.roleTitle') : t('team.access.brandsTitle');
  return (
    <Modal opened={props.member !== null} onClose={props.onClose} title={title} centered>
      {props.member ? <AccessForm key={props.member.id} {...props} member={props.member} /> : null}
    </Modal>
  );
}
