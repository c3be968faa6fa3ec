import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import { ArchiveBrandMutation, BrandsQuery, RestoreBrandMutation } from './brands.graphql';

interface BrandRef {
  id: string;
  name: string;
}

export interface ArchiveBrandActions {
  /** Asks for confirmation, then archives. */
  requestArchive(brand: BrandRef): void;
  restore(brand: BrandRef): Promise<void>;
  restoring: boolean;
  /** The confirmation dialog; render it once. */
  dialog: ReactNode;
}

export function useArchiveBrand(): ArchiveBrandActions {
  const { t } = useTranslation();
  const notifyError = useNotifyApiError();
  const [pending, setPending] = useState<BrandRef | null>(null);
  const [archiveBrand, archiveState] = useMutation(ArchiveBrandMutation, { refetchQueries: [BrandsQuery] });
  const [restoreBrand, restoreState] = useMutation(RestoreBrandMutation, { refetchQueries: [BrandsQuery] });

  const confirmArchive = async () => {
    if (!pending) return;
    try {
      await archiveBrand({ variables: { id: pending.id } });
      notifySuccess(t('brands.archive.done', { name: pending.name }));
      setPending(null);
    } catch (error) {
      notifyError(error);
    }
  };

  const restore = async (brand: BrandRef) => {
    try {
      await restoreBrand({ variables: { id: brand.id } });
      notifySuccess(t('brands.restore.done', { name: brand.name }));
    } catch (error) {
      notifyError(error);
    }
  };

  return {
    requestArchive: setPending,
    restore,
    restoring: restoreState.loading,
    dialog: (
      <ConfirmDialog
        opened={pending !== null}
        title={t('brands.archive.title')}
        message={t('brands.archive.message', { name: pending?.name ?? '' })}
        confirmLabel={t('brands.archive.confirm')}
        danger
        loading={archiveState.loading}
        onConfirm={() => void confirmArchive()}
        onClose={() => setPending(null)}
      />
    ),
  };
}
