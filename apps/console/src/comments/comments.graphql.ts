import { graphql } from '@relais/web-graphql';

export const PostCommentFieldsFragment = graphql(`
  fragment PostCommentFields on PostComment {
    id
    postId
    parentId
    body
    visibility
    authorId
    authorName
    authorRole
    viaLink
    mentions
    createdAt
    editedAt
    deleted
  }
`);

export const PostCommentsQuery = graphql(`
  query PostComments($postId: ID!) {
    postComments(postId: $postId) {
      ...PostCommentFields
    }
  }
`);

export const MentionableMembersQuery = graphql(`
  query MentionableMembers($brandId: ID!) {
    mentionableMembers(brandId: $brandId) {
      userId
      name
      role
    }
  }
`);

export const AddPostCommentMutation = graphql(`
  mutation AddPostComment($input: AddPostCommentInput!) {
    addPostComment(input: $input) {
      ...PostCommentFields
    }
  }
`);

export const EditPostCommentMutation = graphql(`
  mutation EditPostComment($input: EditPostCommentInput!) {
    editPostComment(input: $input) {
      ...PostCommentFields
    }
  }
`);

export const DeletePostCommentMutation = graphql(`
  mutation DeletePostComment($id: ID!) {
    deletePostComment(id: $id) {
      ...PostCommentFields
    }
  }
`);
