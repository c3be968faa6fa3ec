import { useMutation, useQuery } from '@apollo/client/react';
import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '../auth/permissions';
import { useSession } from '../auth/session-context';
import { ReviewLinksSection } from '../review-links/review-links-section';
import { LoadError } from '../ui/load-error';
import { notifySuccess } from '../ui/notify';
import { ApprovalPolicyQuery, SetApprovalPolicyMutation } from './approval.graphql';
import { ApprovalPolicyForm } from './approval-policy-form';
import { draftFromPolicy } from './policy-steps';

/** The brand's "Approval" tab: its approval policy and the review links sent to its clients. */
export function BrandApprovalTab({ brandId, zone }: { brandId: string; zone: string }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const policy = useQuery(ApprovalPolicyQuery, { variables: { brandId } });
  const [setPolicy] = useMutation(SetApprovalPolicyMutation, {
    refetchQueries: [ApprovalPolicyQuery],
    awaitRefetchQueries: true,
  });
  const current = policy.data?.approvalPolicy;

  return (
    <Stack gap="lg">
      {policy.error && !current ? (
        <LoadError error={policy.error} onRetry={() => void policy.refetch()} />
      ) : !current ? (
        <Skeleton height={260} />
      ) : (
        <ApprovalPolicyForm
          key={current.updatedAt ?? 'never'}
          initial={draftFromPolicy(current.mode, current.steps)}
          readOnly={!can(role, 'approval.manage')}
          onSave={async (input) => {
            await setPolicy({ variables: { input: { brandId, ...input } } });
            notifySuccess(t('approval.policy.saved'));
          }}
        />
      )}
      <ReviewLinksSection brandId={brandId} zone={zone} />
    </Stack>
  );
}
