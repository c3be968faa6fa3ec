import { ActionIcon, Button, Group, Paper, Radio, Select, Stack, Text, Title } from '@mantine/core';
import type { Role } from '@relais/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../ui/form-error';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { fieldErrorMessage } from '../graphql/field-error-message';
import {
  AGENCY_APPROVER_ROLES,
  CLIENT_APPROVER_ROLE,
  maxAgencySteps,
  moveStep,
  stepsToSave,
  type ApprovalModeValue,
  type PolicyDraft,
} from './policy-steps';

const MODES: readonly ApprovalModeValue[] = ['NONE', 'INTERNAL', 'INTERNAL_THEN_CLIENT'];

interface ApprovalPolicyFormProps {
  initial: PolicyDraft;
  readOnly: boolean;
  /** Throws the API's error. */
  onSave(input: { mode: ApprovalModeValue; steps: Array<{ role: Role }> }): Promise<void>;
}

/** The brand's approval policy: no review, internal steps, or internal steps then the client. */
export function ApprovalPolicyForm({ initial, readOnly, onSave }: ApprovalPolicyFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PolicyDraft>(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const roleOptions = AGENCY_APPROVER_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  const setMode = (mode: ApprovalModeValue) =>
    setDraft((current) => ({
      mode,
      agencySteps:
        mode !== 'NONE' && current.agencySteps.length === 0
          ? ['ACCOUNT_MANAGER']
          : current.agencySteps.slice(0, maxAgencySteps(mode)),
    }));
  const setSteps = (agencySteps: Role[]) => setDraft((current) => ({ ...current, agencySteps }));

  const save = async () => {
    setError(null);
    setSaving(true);
    try {
      await onSave({ mode: draft.mode, steps: stepsToSave(draft) });
    } catch (failure) {
      const apiError = toApiError(failure);
      setError(
        [errorMessage(apiError, t), ...apiError.fields.map((field) => fieldErrorMessage(field, t))].join(' '),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-label={t('approval.policy.title')}>
      <Stack>
        <Stack gap={2}>
          <Title order={4}>{t('approval.policy.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('approval.policy.intro')}
          </Text>
        </Stack>
        <FormError message={error} />
        <Radio.Group
          label={t('approval.policy.mode')}
          value={draft.mode}
          onChange={(value) => setMode(MODES.find((mode) => mode === value) ?? 'NONE')}
        >
          <Stack gap="xs" mt="xs">
            {MODES.map((mode) => (
              <Radio
                key={mode}
                value={mode}
                disabled={readOnly}
                label={t(`approval.policy.modes.${mode}`)}
                description={t(`approval.policy.modeHints.${mode}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        {draft.mode !== 'NONE' ? (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('approval.policy.steps')}
            </Text>
            <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
              {draft.agencySteps.map((role, index) => (
                <Group key={`${index}-${role}`} gap="xs" component="li" wrap="nowrap">
                  <Text size="sm" w={70} c="dimmed">
                    {t('approval.rounds.step', { position: index + 1 })}
                  </Text>
                  <Select
                    aria-label={t('approval.policy.stepRole', { position: index + 1 })}
                    data={roleOptions}
                    value={role}
                    allowDeselect={false}
                    disabled={readOnly}
                    onChange={(value) => {
                      const chosen = AGENCY_APPROVER_ROLES.find((entry) => entry === value);
                      if (chosen)
                        setSteps(draft.agencySteps.map((entry, at) => (at === index ? chosen : entry)));
                    }}
                    w={240}
                  />
                  {readOnly ? null : (
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="default"
                        aria-label={t('approval.policy.moveUp', { position: index + 1 })}
                        disabled={index === 0}
                        onClick={() => setSteps(moveStep(draft.agencySteps, index, -1))}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        aria-label={t('approval.policy.moveDown', { position: index + 1 })}
                        disabled={index === draft.agencySteps.length - 1}
                        onClick={() => setSteps(moveStep(draft.agencySteps, index, 1))}
                      >
                        ↓
                      </ActionIcon>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        disabled={draft.agencySteps.length === 1}
                        aria-label={t('approval.policy.removeStep', { position: index + 1 })}
                        onClick={() => setSteps(draft.agencySteps.filter((_entry, at) => at !== index))}
                      >
                        {t('approval.policy.remove')}
                      </Button>
                    </Group>
                  )}
                </Group>
              ))}
              {draft.mode === 'INTERNAL_THEN_CLIENT' ? (
                <Group gap="xs" component="li">
                  <Text size="sm" w={70} c="dimmed">
                    {t('approval.rounds.step', { position: draft.agencySteps.length + 1 })}
                  </Text>
                  <Text size="sm" fw={600}>
                    {t(`roles.${CLIENT_APPROVER_ROLE}`)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('approval.policy.clientStep')}
                  </Text>
                </Group>
              ) : null}
            </Stack>
            {readOnly ? null : (
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  disabled={draft.agencySteps.length >= maxAgencySteps(draft.mode)}
                  onClick={() => setSteps([...draft.agencySteps, 'ACCOUNT_MANAGER'])}
                >
                  {t('approval.policy.addStep')}
                </Button>
              </Group>
            )}
          </Stack>
        ) : null}
        {readOnly ? (
          <Text size="xs" c="dimmed">
            {t('approval.policy.readOnly')}
          </Text>
        ) : (
          <Group justify="flex-end">
            <Button onClick={() => void save()} loading={saving}>
              {t('approval.policy.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
