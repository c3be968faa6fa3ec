import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useNotifyApiError } from '../ui/notify';
import { ReviewNoteModal } from './review-note-modal';
import type { ReviewActionValue } from './review-types';
import { ScheduleModal, type ScheduleRequest } from '../publishing/schedule-modal';

/** What each action does; each throws the API's error. */
export interface ReviewActionHandlers {
  submit(note: string): Promise<void>;
  withdraw(): Promise<void>;
  approve(comment: string): Promise<void>;
  requestChanges(comment: string): Promise<void>;
  schedule(request: ScheduleRequest): Promise<void>;
  unschedule(): Promise<void>;
}

interface ReviewActionsProps {
  allowed: readonly ReviewActionValue[];
  brandId: string;
  zone: string;
  scheduledAt: string | null;
  handlers: ReviewActionHandlers;
}

/** The order the buttons appear in: the way forward first. */
const ORDER: readonly ReviewActionValue[] = [
  'SUBMIT',
  'APPROVE',
  'REQUEST_CHANGES',
  'SCHEDULE',
  'UNSCHEDULE',
  'WITHDRAW',
];

/** The buttons of the actions the reader may take now, each with what it needs to ask first. */
export function ReviewActions({ allowed, brandId, zone, scheduledAt, handlers }: ReviewActionsProps) {
  const { t } = useTranslation();
  const notifyError = useNotifyApiError();
  const [open, setOpen] = useState<ReviewActionValue | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => setOpen(null);
  const actions = ORDER.filter((action) => allowed.includes(action));

  /** For the confirmations without a form: errors become a notification. */
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      close();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  if (actions.length === 0) return null;
  return (
    <>
      <Group gap="xs" role="group" aria-label={t('approval.actions.label')}>
        {actions.map((action) => (
          <Button
            key={action}
            size="sm"
            variant={
              action === 'SUBMIT' || action === 'APPROVE' || action === 'SCHEDULE' ? 'filled' : 'default'
            }
            color={action === 'APPROVE' ? 'teal' : action === 'REQUEST_CHANGES' ? 'orange' : undefined}
            onClick={() => setOpen(action)}
          >
            {t(`approval.actions.${action}`)}
          </Button>
        ))}
      </Group>
      <ReviewNoteModal
        opened={open === 'SUBMIT'}
        title={t('approval.submit.title')}
        intro={t('approval.submit.intro')}
        label={t('approval.submit.note')}
        confirmLabel={t('approval.actions.SUBMIT')}
        required={false}
        onClose={close}
        onConfirm={async (note) => {
          await handlers.submit(note);
          close();
        }}
      />
      <ReviewNoteModal
        opened={open === 'APPROVE'}
        title={t('approval.approve.title')}
        label={t('approval.approve.comment')}
        confirmLabel={t('approval.actions.APPROVE')}
        required={false}
        onClose={close}
        onConfirm={async (comment) => {
          await handlers.approve(comment);
          close();
        }}
      />
      <ReviewNoteModal
        opened={open === 'REQUEST_CHANGES'}
        title={t('approval.requestChanges.title')}
        intro={t('approval.requestChanges.intro')}
        label={t('approval.requestChanges.comment')}
        confirmLabel={t('approval.actions.REQUEST_CHANGES')}
        required
        danger
        onClose={close}
        onConfirm={async (comment) => {
          await handlers.requestChanges(comment);
          close();
        }}
      />
      {open === 'SCHEDULE' ? (
        <ScheduleModal
          opened
          brandId={brandId}
          zone={zone}
          current={scheduledAt}
          onClose={close}
          onConfirm={async (request) => {
            await handlers.schedule(request);
            close();
          }}
        />
      ) : null}
      <ConfirmDialog
        opened={open === 'WITHDRAW'}
        title={t('approval.withdraw.title')}
        message={t('approval.withdraw.message')}
        confirmLabel={t('approval.actions.WITHDRAW')}
        loading={busy}
        onConfirm={() => void run(handlers.withdraw)}
        onClose={close}
      />
      <ConfirmDialog
        opened={open === 'UNSCHEDULE'}
        title={t('approval.unschedule.title')}
        message={t('approval.unschedule.message')}
        confirmLabel={t('approval.actions.UNSCHEDULE')}
        danger
        loading={busy}
        onConfirm={() => void run(handlers.unschedule)}
        onClose={close}
      />
    </>
  );
}
