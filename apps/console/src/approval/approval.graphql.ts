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
      summary {
        ...PublicationSummaryFields
      }
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
