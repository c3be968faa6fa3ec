import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import { ArchivePostMutation, DeletePostMutation, RestorePostMutation } from './posts.graphql';

/** Archive, restore and delete (drafts) for one post, with the confirmation a deletion needs. */
export function usePostActions(postId: string, onChanged: () => void) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notifyError = useNotifyApiError();
  const [archive, archiving] = useMutation(ArchivePostMutation);
  const [restore, restoring] = useMutation(RestorePostMutation);
  const [remove, removing] = useMutation(DeletePostMutation);
  const [confirming, setConfirming] = useState(false);

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifySuccess(done);
      onChanged();
    } catch (error) {
      notifyError(error);
    }
  };

  return {
    busy: archiving.loading || restoring.loading || removing.loading,
    archive: () => void run(() => archive({ variables: { id: postId } }), t('posts.composer.archived')),
    restore: () => void run(() => restore({ variables: { id: postId } }), t('posts.composer.restored')),
    requestDelete: () => setConfirming(true),
    dialog: (
      <ConfirmDialog
        opened={confirming}
        title={t('posts.composer.deleteTitle')}
        message={t('posts.composer.deleteMessage')}
        confirmLabel={t('posts.composer.delete')}
        danger
        loading={removing.loading}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          void (async () => {
            try {
              await remove({ variables: { id: postId } });
              setConfirming(false);
              notifySuccess(t('posts.composer.deleted'));
              void navigate('/posts');
            } catch (error) {
              setConfirming(false);
              notifyError(error);
            }
          })();
        }}
      />
    ),
  };
}
