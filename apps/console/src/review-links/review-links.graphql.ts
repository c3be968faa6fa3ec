import { graphql } from '@relais/web-graphql';

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
