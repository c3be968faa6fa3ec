import { graphql } from '@relais/web-graphql';

export const ReviewPostFieldsFragment = graphql(`
  fragment ReviewPostFields on ReviewPost {
    id
    title
    status
    scheduledAt
    timezone
    baseText
    decision
    variants {
      network
      text
      linkUrl
      threadParts
      firstComment
      media {
        url
        kind
        altText
        width
        height
      }
    }
    comments {
      id
      parentId
      body
      authorName
      viaLink
      createdAt
      deleted
    }
  }
`);

export const ReviewSessionQuery = graphql(`
  query ReviewSession($token: String!) {
    reviewLinkSession(token: $token) {
      brandName
      language
      recipientName
      expiresAt
      posts {
        ...ReviewPostFields
      }
    }
  }
`);

export const DecideViaReviewLinkMutation = graphql(`
  mutation DecideViaReviewLink($input: DecideViaReviewLinkInput!) {
    decideViaReviewLink(input: $input) {
      ...ReviewPostFields
    }
  }
`);
