import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../ui/notify';
import { formatDateTime } from '../i18n/format';
import {
  ApprovePostMutation,
  RequestPostChangesMutation,
  SubmitPostMutation,
  WithdrawPostMutation,
} from './approval.graphql';
import { SchedulePostMutation, UnschedulePostMutation } from '../publishing/schedule.graphql';
import type { ReviewActionHandlers } from './review-actions';
import { useUiLanguage } from '../i18n/use-ui-language';

/**
 * The review mutations of one post. Each refreshes what the page shows (the post's status, its review,
 * its comments) before resolving, so dialogs close on the new state; each throws the API's error.
 */
export function useReviewHandlers(postId: string, zone: string): ReviewActionHandlers {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const options = { refetchQueries: 'active', awaitRefetchQueries: true } as const;
  const [submit] = useMutation(SubmitPostMutation, options);
  const [withdraw] = useMutation(WithdrawPostMutation, options);
  const [approve] = useMutation(ApprovePostMutation, options);
  const [requestChanges] = useMutation(RequestPostChangesMutation, options);
  const [schedule] = useMutation(SchedulePostMutation, options);
  const [unschedule] = useMutation(UnschedulePostMutation, options);

  return {
    submit: async (note) => {
      await submit({ variables: { input: { postId, ...(note ? { note } : {}) } } });
      notifySuccess(t('approval.submit.done'));
    },
    withdraw: async () => {
      await withdraw({ variables: { postId } });
      notifySuccess(t('approval.withdraw.done'));
    },
    approve: async (comment) => {
      await approve({ variables: { input: { postId, ...(comment ? { comment } : {}) } } });
      notifySuccess(t('approval.approve.done'));
    },
    requestChanges: async (comment) => {
      await requestChanges({ variables: { input: { postId, comment } } });
      notifySuccess(t('approval.requestChanges.done'));
    },
    schedule: async ({ mode, scheduledAt, recurrence, slot }) => {
      await schedule({
        variables: {
          input: {
            postId,
            mode,
            ...(mode === 'AT' && scheduledAt ? { scheduledAt } : {}),
            ...(recurrence ? { recurrence } : {}),
          },
        },
      });
      if (mode === 'NOW') notifySuccess(t('publishing.scheduled.now'));
      else if (mode === 'NEXT_SLOT' && slot) {
        notifySuccess(t('publishing.scheduled.slot', { date: formatDateTime(slot, language, zone) }));
      } else if (scheduledAt) {
        notifySuccess(t('approval.schedule.done', { date: formatDateTime(scheduledAt, language, zone) }));
      }
    },
    unschedule: async () => {
      await unschedule({ variables: { postId } });
      notifySuccess(t('approval.unschedule.done'));
    },
  };
}
