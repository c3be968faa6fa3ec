import { graphql } from '@relais/web-graphql';

export const PostReviewFieldsFragment = graphql(`
  fragment PostReviewFields on PostReview {
    postId
    status
    round
    allowedActions
    currentStep {
      position
      role
      audience
    }
    rounds {
      number
      version
      submittedAt
      submittedByName
      closedAt
      outcome
      decisions {
        position
        role
        decision
        byName
        viaLink
        comment
        decidedAt
      }
      changes {
        field
        network
        parts {
          kind
          text
        }
      }
    }
    history {
      action
      from
      to
      actorName
      actorRole
      viaLink
      note
      at
    }
  }
`);

export const PostReviewQuery = graphql(`
  query PostReview($postId: ID!) {
    postReview(postId: $postId) {
      ...PostReviewFields
    }
  }
`);

export const SubmitPostMutation = graphql(`
  mutation SubmitPost($input: SubmitPostInput!) {
    submitPost(input: $input) {
      ...PostReviewFields
    }
  }
`);

export const WithdrawPostMutation = graphql(`
  mutation WithdrawPost($postId: ID!) {
    withdrawPost(postId: $postId) {
      ...PostReviewFields
    }
  }
`);

export const ApprovePostMutation = graphql(`
  mutation ApprovePost($input: ApprovePostInput!) {
    approvePost(input: $input) {
      ...PostReviewFields
    }
  }
`);

export const RequestPostChangesMutation = graphql(`
  mutation RequestPostChanges($input: RequestPostChangesInput!) {
    requestPostChanges(input: $input) {
      ...PostReviewFields
    }
  }
`);

export const SchedulePostMutation = graphql(`
  mutation SchedulePost($input: SchedulePostInput!) {
    schedulePost(input: $input) {
      ...PostReviewFields
    }
  }
`);

export const UnschedulePostMutation = graphql(`
  mutation UnschedulePost($postId: ID!) {
    unschedulePost(postId: $postId) {
      ...PostReviewFields
    }
  }
`);

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

export const ApprovalPolicyQuery = graphql(`
  query ApprovalPolicy($brandId: ID!) {
    approvalPolicy(brandId: $brandId) {
      brandId
      mode
      steps {
        position
        role
        audience
      }
      updatedAt
    }
  }
`);

export const SetApprovalPolicyMutation = graphql(`
  mutation SetApprovalPolicy($input: SetApprovalPolicyInput!) {
    setApprovalPolicy(input: $input) {
      brandId
      mode
      steps {
        position
        role
        audience
      }
      updatedAt
    }
  }
`);

export const ReviewLinkFieldsFragment = graphql(`
  fragment ReviewLinkFields on ReviewLink {
    id
    brandId
    postIds
    recipientName
    recipientEmail
    expiresAt
    createdAt
    createdByName
    status
  }
`);

export const ReviewLinksQuery = graphql(`
  query ReviewLinks($brandId: ID!) {
    reviewLinks(brandId: $brandId) {
      ...ReviewLinkFields
    }
  }
`);

export const CreateReviewLinkMutation = graphql(`
  mutation CreateReviewLink($input: CreateReviewLinkInput!) {
    createReviewLink(input: $input) {
      url
      emailSent
      link {
        ...ReviewLinkFields
      }
    }
  }
`);

export const RevokeReviewLinkMutation = graphql(`
  mutation RevokeReviewLink($id: ID!) {
    revokeReviewLink(id: $id) {
      ...ReviewLinkFields
    }
  }
`);

export const PostScheduleQuery = graphql(`
  query PostSchedule($id: ID!) {
    post(id: $id) {
      id
      status
      scheduledAt
      recurrence {
        frequency
        interval
        weekdays
        until
        count
      }
    }
  }
`);
