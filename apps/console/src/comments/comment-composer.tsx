import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isBrandRole } from '../auth/permissions';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { fieldErrorMessage } from '../graphql/field-error-message';
import { COMMENT_MAX_LENGTH } from '../approval/limits';
import { MentionTextarea, type MentionableMember } from './mention-textarea';
import { mentionedUserIds } from './mentions';
import type { CommentVisibilityValue, NewComment } from './comment-types';

interface CommentComposerProps {
  members: readonly MentionableMember[];
  /** Agency staff choose internal or shared; brand users only ever write shared comments. */
  canChooseVisibility: boolean;
  /** A reply keeps the visibility of its thread. */
  fixedVisibility?: CommentVisibilityValue;
  parentId?: string | null;
  label: string;
  submitLabel: string;
  autoFocus?: boolean;
  onCancel?(): void;
  /** Throws the API's error. */
  onSubmit(comment: NewComment): Promise<void>;
}

/** Writes a comment or a reply, with @mentions and, for the agency, internal or shared. */
export function CommentComposer(props: CommentComposerProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [picked, setPicked] = useState<MentionableMember[]>([]);
  const [visibility, setVisibility] = useState<CommentVisibilityValue>(
    props.fixedVisibility ?? (props.canChooseVisibility ? 'INTERNAL' : 'SHARED'),
  );
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const send = async () => {
    const text = body.trim();
    if (text.length === 0) {
      setError(t('approval.validation.commentRequired'));
      return;
    }
    if (text.length > COMMENT_MAX_LENGTH) {
      setError(t('validation.maxLength', { count: COMMENT_MAX_LENGTH }));
      return;
    }
    setError(null);
    setSending(true);
    try {
      await props.onSubmit({
        body: text,
        visibility,
        mentionUserIds: mentionedUserIds(text, picked),
        parentId: props.parentId ?? null,
      });
      setBody('');
      setPicked([]);
    } catch (failure) {
      const apiError = toApiError(failure);
      const field = apiError.fields[0];
      setError(field ? fieldErrorMessage(field, t) : errorMessage(apiError, t));
    } finally {
      setSending(false);
    }
  };

  return (
    <Stack gap="xs">
      <MentionTextarea
        label={props.label}
        placeholder={
          props.members.length > 0
            ? t('approval.comments.placeholder')
            : t('approval.comments.placeholderPlain')
        }
        autosize
        minRows={2}
        maxRows={10}
        value={body}
        onChange={(next) => {
          setBody(next);
          if (error) setError(null);
        }}
        members={
          visibility === 'INTERNAL'
            ? props.members.filter((member) => !isBrandRole(member.role))
            : props.members
        }
        onMention={(member) => setPicked((list) => [...list, member])}
        error={error}
        autoFocus={props.autoFocus}
      />
      <Group justify="space-between" gap="xs">
        {props.canChooseVisibility && !props.fixedVisibility ? (
          <SegmentedControl
            size="xs"
            value={visibility}
            onChange={(value) => setVisibility(value === 'SHARED' ? 'SHARED' : 'INTERNAL')}
            aria-label={t('approval.comments.visibility')}
            data={[
              { value: 'INTERNAL', label: t('approval.comments.INTERNAL') },
              { value: 'SHARED', label: t('approval.comments.SHARED') },
            ]}
          />
        ) : (
          <Text size="xs" c="dimmed">
            {visibility === 'INTERNAL'
              ? t('approval.comments.internalHint')
              : t('approval.comments.sharedHint')}
          </Text>
        )}
        <Group gap="xs">
          {props.onCancel ? (
            <Button size="xs" variant="default" onClick={props.onCancel} disabled={sending}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button size="xs" onClick={() => void send()} loading={sending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Group>
      {props.canChooseVisibility && !props.fixedVisibility ? (
        <Text size="xs" c="dimmed">
          {visibility === 'INTERNAL'
            ? t('approval.comments.internalHint')
            : t('approval.comments.sharedHint')}
        </Text>
      ) : null}
    </Stack>
  );
}
