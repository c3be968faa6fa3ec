import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_MAX_LENGTH } from '../approval/limits';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { fieldErrorMessage } from '../graphql/field-error-message';
import { reviewLinkProblem } from './review-link-problem';
import type { ReviewLinkDecisionValue } from './review-types';

interface ReviewDecisionFormProps {
  postTitle: string;
  /** Once the post is decided, only comments remain. */
  decided: boolean;
  /** Throws the API's error. */
  onDecide(decision: ReviewLinkDecisionValue, comment: string): Promise<void>;
}

/** The client's answer on one post: approve, request changes (saying what), or just comment. */
export function ReviewDecisionForm({ postTitle, decided, onDecide }: ReviewDecisionFormProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<ReviewLinkDecisionValue | null>(null);

  const decide = async (decision: ReviewLinkDecisionValue) => {
    const text = comment.trim();
    if (decision !== 'APPROVE' && text.length === 0) {
      setError(
        decision === 'REQUEST_CHANGES'
          ? t('review.validation.changesComment')
          : t('review.validation.comment'),
      );
      return;
    }
    if (text.length > COMMENT_MAX_LENGTH) {
      setError(t('validation.maxLength', { count: COMMENT_MAX_LENGTH }));
      return;
    }
    setError(null);
    setPending(decision);
    try {
      await onDecide(decision, text);
      setComment('');
    } catch (failure) {
      const apiError = toApiError(failure);
      const field = apiError.fields[0];
      const problem = reviewLinkProblem(failure);
      if (field) setError(fieldErrorMessage(field, t));
      else if (apiError.code === 'UNKNOWN' && problem !== 'unavailable')
        setError(t(`review.problems.${problem}.title`));
      else setError(errorMessage(apiError, t));
    } finally {
      setPending(null);
    }
  };

  return (
    <Stack gap="xs">
      <Textarea
        label={decided ? t('review.commentLabel') : t('review.decisionComment')}
        description={decided ? undefined : t('review.decisionCommentHint')}
        aria-label={t('review.commentOn', { title: postTitle })}
        autosize
        minRows={3}
        maxRows={10}
        value={comment}
        onChange={(event) => {
          setComment(event.currentTarget.value);
          if (error) setError(null);
        }}
        error={error}
      />
      <Group gap="xs" justify="flex-end">
        <Button
          variant="default"
          onClick={() => void decide('COMMENT')}
          loading={pending === 'COMMENT'}
          disabled={pending !== null && pending !== 'COMMENT'}
        >
          {t('review.actions.COMMENT')}
        </Button>
        {decided ? null : (
          <>
            <Button
              color="orange"
              variant="light"
              onClick={() => void decide('REQUEST_CHANGES')}
              loading={pending === 'REQUEST_CHANGES'}
              disabled={pending !== null && pending !== 'REQUEST_CHANGES'}
            >
              {t('review.actions.REQUEST_CHANGES')}
            </Button>
            <Button
              color="teal"
              onClick={() => void decide('APPROVE')}
              loading={pending === 'APPROVE'}
              disabled={pending !== null && pending !== 'APPROVE'}
            >
              {t('review.actions.APPROVE')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
