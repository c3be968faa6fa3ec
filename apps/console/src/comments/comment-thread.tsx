import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentComposer } from './comment-composer';
import { CommentItem } from './comment-item';
import { buildCommentTree, type CommentNode } from './comment-tree';
import type { MentionableMember } from './mention-textarea';
import type { NewComment, PostCommentView } from './comment-types';
import { personName } from '../ui/person-name';

interface CommentThreadProps {
  comments: readonly PostCommentView[];
  members: readonly MentionableMember[];
  zone: string;
  viewerId: string;
  /** Whether the viewer may write comments (brand viewers only read them). */
  canWrite: boolean;
  canChooseVisibility: boolean;
  onAdd(comment: NewComment): Promise<void>;
  onEdit(id: string, body: string): Promise<void>;
  onDelete(id: string): Promise<void>;
}

/** The post's comments as threads, with replies, and a box for a new one. */
export function CommentThread(props: CommentThreadProps) {
  const { t } = useTranslation();
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const tree = buildCommentTree(props.comments);

  const renderNode = (node: CommentNode<PostCommentView>) => (
    <CommentItem
      key={node.comment.id}
      comment={node.comment}
      zone={props.zone}
      own={node.comment.authorId === props.viewerId}
      {...(props.canWrite ? { onReply: () => setReplyTo(node.comment.id) } : {})}
      onEdit={(body) => props.onEdit(node.comment.id, body)}
      onDelete={() => props.onDelete(node.comment.id)}
    >
      {node.replies.length > 0 || replyTo === node.comment.id ? (
        <Stack gap="sm" mt="xs" ml="sm">
          {node.replies.map(renderNode)}
          {replyTo === node.comment.id ? (
            <CommentComposer
              members={props.members}
              canChooseVisibility={props.canChooseVisibility}
              fixedVisibility={node.comment.visibility}
              parentId={node.comment.id}
              label={t('approval.comments.replyTo', {
                name: personName(node.comment.authorName, t),
              })}
              submitLabel={t('approval.comments.reply')}
              autoFocus
              onCancel={() => setReplyTo(null)}
              onSubmit={async (comment) => {
                await props.onAdd(comment);
                setReplyTo(null);
              }}
            />
          ) : null}
        </Stack>
      ) : null}
    </CommentItem>
  );

  return (
    <Stack gap="sm" component="section" aria-label={t('approval.comments.title')}>
      <Title order={4} size="h5">
        {t('approval.comments.title')}
      </Title>
      {tree.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('approval.comments.none')}
        </Text>
      ) : (
        tree.map(renderNode)
      )}
      {props.canWrite ? (
        <CommentComposer
          members={props.members}
          canChooseVisibility={props.canChooseVisibility}
          label={t('approval.comments.new')}
          submitLabel={t('approval.comments.send')}
          onSubmit={props.onAdd}
        />
      ) : null}
    </Stack>
  );
}
