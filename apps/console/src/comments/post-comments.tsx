import { useMutation, useQuery } from '@apollo/client/react';
import { Skeleton } from '@mantine/core';
import { LoadError } from '../ui/load-error';
import { can, isBrandRole } from '../auth/permissions';
import { useSession } from '../auth/session-context';
import {
  AddPostCommentMutation,
  DeletePostCommentMutation,
  EditPostCommentMutation,
  MentionableMembersQuery,
  PostCommentsQuery,
} from './comments.graphql';
import { CommentThread } from './comment-thread';

interface PostCommentsProps {
  postId: string;
  brandId: string;
  zone: string;
}

/** The comments of a post, read and written as the signed-in user. */
export function PostComments({ postId, brandId, zone }: PostCommentsProps) {
  const { user, role } = useSession();
  const comments = useQuery(PostCommentsQuery, { variables: { postId } });
  // Brand users write to the agency in the comment itself: they mention nobody.
  const members = useQuery(MentionableMembersQuery, { variables: { brandId }, skip: isBrandRole(role) });
  const [add] = useMutation(AddPostCommentMutation, {
    refetchQueries: [PostCommentsQuery],
    awaitRefetchQueries: true,
  });
  const [edit] = useMutation(EditPostCommentMutation);
  const [remove] = useMutation(DeletePostCommentMutation);

  if (comments.error && !comments.data) {
    return <LoadError error={comments.error} onRetry={() => void comments.refetch()} />;
  }
  if (!comments.data) return <Skeleton height={120} />;

  return (
    <CommentThread
      comments={comments.data.postComments}
      members={members.data?.mentionableMembers ?? []}
      zone={zone}
      viewerId={user.id}
      canWrite={can(role, 'comments.write')}
      canChooseVisibility={!isBrandRole(role)}
      onAdd={async (comment) => {
        await add({
          variables: {
            input: {
              postId,
              body: comment.body,
              visibility: comment.visibility,
              mentionUserIds: comment.mentionUserIds,
              ...(comment.parentId ? { parentId: comment.parentId } : {}),
            },
          },
        });
      }}
      onEdit={async (id, body) => {
        await edit({ variables: { input: { id, body } } });
      }}
      onDelete={async (id) => {
        await remove({ variables: { id } });
      }}
    />
  );
}
