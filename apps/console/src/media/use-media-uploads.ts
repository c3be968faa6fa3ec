import { useMutation } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaFieldsFragment } from '@relais/web-graphql';
import { notifySuccess } from '../ui/notify';
import { isUiLanguage } from '../i18n/language';
import { uploadErrorMessage } from './media-errors';
import { isAcceptedType } from './media-format';
import { CompleteMediaUploadMutation, CreateMediaUploadMutation } from './media.graphql';
import { putFile } from './put-file';

export type UploadState = 'sending' | 'checking' | 'done' | 'failed';

export interface UploadItem {
  key: string;
  fileName: string;
  state: UploadState;
  /** Share of the bytes sent, 0 to 1. */
  progress: number;
  error: string | null;
}

/**
 * Uploads files to a brand's library one after the other: register the upload, send the bytes to the
 * signed URL with progress, then have the service check the file. Each file ends `done` or `failed`
 * with a translated reason; `onReady` receives every file that became usable.
 */
export function useMediaUploads(brandId: string | null, onReady?: (media: MediaFieldsFragment) => void) {
  const { t, i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'fr';
  const [items, setItems] = useState<UploadItem[]>([]);
  const [createUpload] = useMutation(CreateMediaUploadMutation);
  const [completeUpload] = useMutation(CompleteMediaUploadMutation, { refetchQueries: ['MediaLibrary'] });
  const counter = useRef(0);

  const update = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const uploadOne = useCallback(
    async (file: File, key: string): Promise<boolean> => {
      if (!brandId) return false;
      if (!isAcceptedType(file.type)) {
        update(key, {
          state: 'failed',
          error: t('media.upload.errors.typeNotAccepted', { name: file.name }),
        });
        return false;
      }
      try {
        const created = await createUpload({
          variables: {
            input: { brandId, fileName: file.name, contentType: file.type, sizeBytes: file.size },
          },
        });
        const upload = created.data?.createMediaUpload;
        if (!upload) throw new Error('No upload was registered');
        await putFile({
          url: upload.uploadUrl,
          method: upload.method,
          headers: upload.headers,
          file,
          onProgress: (progress) => update(key, { progress }),
        });
        update(key, { state: 'checking', progress: 1 });
        const completed = await completeUpload({ variables: { id: upload.media.id } });
        const media = completed.data?.completeMediaUpload;
        if (!media) throw new Error('The upload was not completed');
        update(key, { state: 'done' });
        onReady?.(media);
        return true;
      } catch (error) {
        update(key, { state: 'failed', error: uploadErrorMessage(error, t, language) });
        return false;
      }
    },
    [brandId, completeUpload, createUpload, language, onReady, t, update],
  );

  const upload = useCallback(
    async (files: File[]) => {
      const queued = files.map((file) => {
        counter.current += 1;
        return { file, key: `upload-${counter.current}` };
      });
      setItems((list) => [
        ...list.filter((item) => item.state !== 'done'),
        ...queued.map(({ file, key }) => ({
          key,
          fileName: file.name,
          state: 'sending' as const,
          progress: 0,
          error: null,
        })),
      ]);
      let ready = 0;
      for (const { file, key } of queued) if (await uploadOne(file, key)) ready += 1;
      if (ready > 0) notifySuccess(t('media.upload.uploaded', { count: ready }));
      // Files that made it are in the library now; only refusals stay listed, with their reason.
      const keys = new Set(queued.map(({ key }) => key));
      setItems((list) => list.filter((item) => !(keys.has(item.key) && item.state === 'done')));
    },
    [t, uploadOne],
  );

  const dismiss = useCallback(
    (key: string) => setItems((list) => list.filter((item) => item.key !== key)),
    [],
  );

  return { items, upload, dismiss };
}
