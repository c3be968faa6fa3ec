import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import { DisconnectSocialAccountMutation, SocialAccountsQuery } from './accounts.graphql';
import type { AccountRow } from './accounts-table';

/**
 * Disconnecting asks first: the brand stops publishing there until someone connects it again (a shared
 * account stays connected to the other brands).
 */
export function useDisconnectAccount(): { request(account: AccountRow): void; dialog: ReactNode } {
  const { t } = useTranslation();
  const notifyError = useNotifyApiError();
  const [pending, setPending] = useState<AccountRow | null>(null);
  const [disconnect, { loading }] = useMutation(DisconnectSocialAccountMutation, {
    refetchQueries: [SocialAccountsQuery, 'Brands'],
  });

  const confirm = async () => {
    if (!pending) return;
    try {
      await disconnect({ variables: { id: pending.id } });
      notifySuccess(t('accounts.disconnect.done', { handle: pending.handle }));
      setPending(null);
    } catch (error) {
      notifyError(error);
    }
  };

  return {
    request: setPending,
    dialog: (
      <ConfirmDialog
        opened={pending !== null}
        title={t('accounts.disconnect.title')}
        message={t(pending?.shared ? 'accounts.disconnect.sharedMessage' : 'accounts.disconnect.message', {
          handle: pending?.handle ?? '',
          network: pending ? t(`networks.${pending.network}`) : '',
        })}
        confirmLabel={t('accounts.disconnect.confirm')}
        danger
        loading={loading}
        onConfirm={() => void confirm()}
        onClose={() => setPending(null)}
      />
    ),
  };
}
