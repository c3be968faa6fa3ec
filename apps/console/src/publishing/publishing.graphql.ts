import { graphql } from '@relais/web-graphql';

export const PublicationFieldsFragment = graphql(`
  fragment PublicationFields on Publication {
    id
    postId
    accountId
    network
    dueAt
    status
    attempts
    nextAttemptAt
    externalUrl
    publishedAt
    failedStep
    canRetry
    updatedAt
    parts {
      index
      externalId
      externalUrl
      publishedAt
    }
    failure {
      code
      message
      networkMessage
    }
    account {
      id
      handle
      displayName
      status
    }
  }
`);

export const PostPublicationsQuery = graphql(`
  query PostPublications($id: ID!) {
    post(id: $id) {
      id
      status
      scheduledAt
      publications {
        ...PublicationFields
      }
    }
  }
`);

export const RetryPublicationMutation = graphql(`
  mutation RetryPublication($id: ID!) {
    retryPublication(id: $id) {
      ...PublicationFields
    }
  }
`);

export const PostingSlotsFieldsFragment = graphql(`
  fragment PostingSlotsFields on PostingSlots {
    brandId
    timezone
    slots {
      weekday
      time
    }
    upcoming
    updatedAt
  }
`);

export const PostingSlotsQuery = graphql(`
  query PostingSlots($brandId: ID!, $upcoming: Int) {
    postingSlots(brandId: $brandId, upcoming: $upcoming) {
      ...PostingSlotsFields
    }
  }
`);

export const SetPostingSlotsMutation = graphql(`
  mutation SetPostingSlots($input: SetPostingSlotsInput!) {
    setPostingSlots(input: $input) {
      ...PostingSlotsFields
    }
  }
`);

export const BrandAccountStatusesQuery = graphql(`
  query BrandAccountStatuses($brandId: ID!) {
    brand(id: $brandId) {
      id
      socialAccounts {
        id
        network
        handle
        status
        statusReason
      }
    }
  }
`);
