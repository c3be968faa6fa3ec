import { graphql } from '@relais/web-graphql';

export const FeedFieldsFragment = graphql(`
  fragment FeedFields on Feed {
    id
    brandId
    url
    title
    lastFetchedAt
    lastError
    lastErrorAt
    newIdeaCount
  }
`);

export const IdeaFieldsFragment = graphql(`
  fragment IdeaFields on Idea {
    id
    brandId
    feedId
    feedTitle
    title
    link
    summary
    publishedAt
    status
    postId
    createdAt
  }
`);

export const FeedsQuery = graphql(`
  query Feeds($brandId: ID!) {
    feeds(brandId: $brandId) {
      ...FeedFields
    }
  }
`);

export const IdeasQuery = graphql(`
  query Ideas($brandId: ID!, $status: IdeaStatus, $first: Int, $after: String) {
    ideas(brandId: $brandId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...IdeaFields
        }
      }
    }
  }
`);

export const IdeaAccountsQuery = graphql(`
  query IdeaAccounts($brandId: ID!) {
    brand(id: $brandId) {
      id
      socialAccounts {
        id
        network
        handle
        displayName
        status
      }
    }
  }
`);

export const AddFeedMutation = graphql(`
  mutation AddFeed($input: AddFeedInput!) {
    addFeed(input: $input) {
      ...FeedFields
    }
  }
`);

export const RefreshFeedMutation = graphql(`
  mutation RefreshFeed($id: ID!) {
    refreshFeed(id: $id) {
      ...FeedFields
    }
  }
`);

export const RemoveFeedMutation = graphql(`
  mutation RemoveFeed($id: ID!) {
    removeFeed(id: $id)
  }
`);

export const DismissIdeaMutation = graphql(`
  mutation DismissIdea($id: ID!) {
    dismissIdea(id: $id) {
      ...IdeaFields
    }
  }
`);

export const CreateDraftFromIdeaMutation = graphql(`
  mutation CreateDraftFromIdea($input: CreateDraftFromIdeaInput!) {
    createDraftFromIdea(input: $input) {
      id
    }
  }
`);
