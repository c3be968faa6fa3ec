import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaFieldsFragment } from '@relais/web-graphql';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import { UpdateMediaMutation } from './media.graphql';
import { MediaThumb } from './media-thumb';

/** The service's limit on alternative text. */
export const MAX_ALT_TEXT = 1500;

/** Edits what a file shows, for screen readers. */
export function AltTextModal({ media, onClose }: { media: MediaFieldsFragment | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={media !== null} onClose={onClose} title={t('media.alt.title')} centered>
      {media ? <AltTextForm key={media.id} media={media} onDone={onClose} /> : null}
    </Modal>
  );
}

function AltTextForm({ media, onDone }: { media: MediaFieldsFragment; onDone(): void }) {
  const { t } = useTranslation();
  const notifyError = useNotifyApiError();
  const [text, setText] = useState(media.altText);
  const [save, { loading }] = useMutation(UpdateMediaMutation);

  const submit = async () => {
    try {
      await save({ variables: { input: { id: media.id, altText: text } } });
      notifySuccess(t('media.alt.saved'));
      onDone();
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <MediaThumb media={media} size={160} />
        <Textarea
          label={t('media.alt.label')}
          description={t('media.alt.description')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={MAX_ALT_TEXT}
          autosize
          minRows={3}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={loading}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('media.alt.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
