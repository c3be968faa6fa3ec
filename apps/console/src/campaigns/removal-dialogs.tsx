import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import { ArchiveCampaignMutation, DeleteLabelMutation } from './campaigns.graphql';

interface RemovalDialogProps {
  /** The campaign or label to remove; null when closed. */
  id: string | null;
  onClose(): void;
  onDone(): void;
}

/** Asks before archiving a campaign, then archives it. */
export function ArchiveCampaignDialog({ id, onClose, onDone }: RemovalDialogProps) {
  const { t } = useTranslation();
  const notifyError = useNotifyApiError();
  const [archiveCampaign, archived] = useMutation(ArchiveCampaignMutation);
  return (
    <ConfirmDialog
      opened={id !== null}
      title={t('posts.campaigns.archiveTitle')}
      message={t('posts.campaigns.archiveMessage')}
      confirmLabel={t('posts.campaigns.archive')}
      loading={archived.loading}
      onClose={onClose}
      onConfirm={() => {
        if (!id) return;
        archiveCampaign({ variables: { id } })
          .then(() => {
            notifySuccess(t('posts.campaigns.campaignArchived'));
            onDone();
          })
          .catch(notifyError)
          .finally(onClose);
      }}
    />
  );
}

/** Asks before deleting a label, then deletes it. */
export function DeleteLabelDialog({ id, onClose, onDone }: RemovalDialogProps) {
  const { t } = useTranslation();
  const notifyError = useNotifyApiError();
  const [deleteLabel, deleted] = useMutation(DeleteLabelMutation);
  return (
    <ConfirmDialog
      opened={id !== null}
      title={t('posts.campaigns.deleteTitle')}
      message={t('posts.campaigns.deleteMessage')}
      confirmLabel={t('posts.campaigns.deleteLabel')}
      danger
      loading={deleted.loading}
      onClose={onClose}
      onConfirm={() => {
        if (!id) return;
        deleteLabel({ variables: { id } })
          .then(() => {
            notifySuccess(t('posts.campaigns.labelDeleted'));
            onDone();
          })
          .catch(notifyError)
          .finally(onClose);
      }}
    />
  );
}
