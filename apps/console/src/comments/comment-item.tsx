import { Badge, Box, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useNotifyApiError } from '../ui/notify';
import { formatDateTime } from '../i18n/format';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { fieldErrorMessage } from '../graphql/field-error-message';
import { COMMENT_MAX_LENGTH } from '../approval/limits';
import type { PostCommentView } from './comment-types';
import { useUiLanguage } from '../i18n/use-ui-language';
import { personName } from '../ui/person-name';

interface CommentItemProps {
  comment: PostCommentView;
  zone: string;
  /** The reader wrote it: they may edit or delete it. */
  own: boolean;
  onReply?(): void;
  onEdit(body: string): Promise<void>;
  onDelete(): Promise<void>;
  children?: ReactNode;
}

/** One comment of a thread: who, when, internal or shared, and what its author may do with it. */
export function CommentItem({ comment, zone, own, onReply, onEdit, onDelete, children }: CommentItemProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const notifyError = useNotifyApiError();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const [editError, setEditError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const save = async () => {
    const text = draft.trim();
    if (text.length === 0) return setEditError(t('approval.validation.commentRequired'));
    if (text.length > COMMENT_MAX_LENGTH)
      return setEditError(t('validation.maxLength', { count: COMMENT_MAX_LENGTH }));
    setSaving(true);
    try {
      await onEdit(text);
      setEditing(false);
      setEditError(null);
    } catch (error) {
      const apiError = toApiError(error);
      const field = apiError.fields[0];
      setEditError(field ? fieldErrorMessage(field, t) : errorMessage(apiError, t));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    setDeleting(true);
    try {
      await onDelete();
      setConfirmDelete(false);
    } catch (error) {
      notifyError(error);
    } finally {
      setDeleting(false);
    }
  };

  return (
    <Box
      component="article"
      aria-label={t('approval.comments.by', { name: personName(comment.authorName, t) })}
      pl="sm"
      style={{
        borderLeft: `3px solid var(--mantine-color-${comment.visibility === 'INTERNAL' ? 'gray-4' : 'indigo-3'})`,
      }}
    >
      <Stack gap={4}>
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={600}>
            {personName(comment.authorName, t)}
          </Text>
          {comment.authorRole ? (
            <Text size="xs" c="dimmed">
              {t(`roles.${comment.authorRole}`)}
            </Text>
          ) : null}
          <Badge size="xs" variant="light" color={comment.visibility === 'INTERNAL' ? 'gray' : 'indigo'}>
            {t(`approval.comments.${comment.visibility}`)}
          </Badge>
          {comment.viaLink ? (
            <Badge size="xs" variant="outline" color="gray">
              {t('approval.viaLink')}
            </Badge>
          ) : null}
          <Text size="xs" c="dimmed">
            <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, language, zone)}</time>
            {comment.editedAt && !comment.deleted ? ` · ${t('approval.comments.edited')}` : ''}
          </Text>
        </Group>
        {comment.deleted ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('approval.comments.deleted')}
          </Text>
        ) : editing ? (
          <Stack gap="xs">
            <Textarea
              aria-label={t('approval.comments.editLabel')}
              value={draft}
              onChange={(event) => setDraft(event.currentTarget.value)}
              autosize
              minRows={2}
              error={editError}
              autoFocus
            />
            <Group gap="xs" justify="flex-end">
              <Button size="xs" variant="default" onClick={() => setEditing(false)} disabled={saving}>
                {t('common.cancel')}
              </Button>
              <Button size="xs" onClick={() => void save()} loading={saving}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {comment.body}
          </Text>
        )}
        {!comment.deleted && !editing ? (
          <Group gap={4}>
            {onReply ? (
              <Button size="compact-xs" variant="subtle" onClick={onReply}>
                {t('approval.comments.reply')}
              </Button>
            ) : null}
            {own ? (
              <>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  onClick={() => {
                    setDraft(comment.body);
                    setEditing(true);
                  }}
                >
                  {t('common.edit')}
                </Button>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
                  {t('approval.comments.delete')}
                </Button>
              </>
            ) : null}
          </Group>
        ) : null}
        {children}
      </Stack>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('approval.comments.deleteTitle')}
        message={t('approval.comments.deleteMessage')}
        confirmLabel={t('approval.comments.delete')}
        danger
        loading={deleting}
        onConfirm={() => void remove()}
        onClose={() => setConfirmDelete(false)}
      />
    </Box>
  );
}
