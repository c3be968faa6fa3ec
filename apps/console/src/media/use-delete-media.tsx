import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaFieldsFragment } from '@relais/web-graphql';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { notifyFailure, notifySuccess, useNotifyApiError } from '../ui/notify';
import { toApiError } from '../graphql/api-error';
import { DeleteMediaMutation } from './media.graphql';

/** Asks, then deletes a library file; explains when posts still use it. */
export function useDeleteMedia() {
  const { t } = useTranslation();
  const notifyError = useNotifyApiError();
  const [target, setTarget] = useState<MediaFieldsFragment | null>(null);
  const [remove, { loading }] = useMutation(DeleteMediaMutation, { refetchQueries: ['MediaLibrary'] });

  const confirm = async () => {
    if (!target) return;
    try {
      await remove({ variables: { id: target.id } });
      notifySuccess(t('media.delete.done'));
      setTarget(null);
    } catch (error) {
      setTarget(null);
      if (toApiError(error).code === 'CONFLICT') notifyFailure(t('media.delete.inUse'));
      else notifyError(error);
    }
  };

  const dialog = (
    <ConfirmDialog
      opened={target !== null}
      title={t('media.delete.title')}
      message={t('media.delete.message', { name: target?.fileName ?? '' })}
      confirmLabel={t('media.delete.confirm')}
      danger
      loading={loading}
      onConfirm={() => void confirm()}
      onClose={() => setTarget(null)}
    />
  );
  return { requestDelete: setTarget, dialog };
}
