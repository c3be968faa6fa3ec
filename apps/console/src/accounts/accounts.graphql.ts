import { graphql } from '@relais/web-graphql';

export const SocialAccountFieldsFragment = graphql(`
  fragment SocialAccountFields on SocialAccount {
    id
    brandId
    network
    handle
    externalId
    displayName
    instanceUrl
    status
    statusReason
    tokenExpiresAt
    shared
    connectedAt
    updatedAt
  }
`);

export const SocialAccountsQuery = graphql(`
  query SocialAccounts($brandId: ID, $first: Int!, $after: String) {
    socialAccounts(brandId: $brandId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...SocialAccountFields
        }
      }
    }
  }
`);

export const DisconnectSocialAccountMutation = graphql(`
  mutation DisconnectSocialAccount($id: ID!) {
    disconnectSocialAccount(id: $id) {
      ...SocialAccountFields
    }
  }
`);
