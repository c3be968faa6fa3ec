import { graphql } from '@relais/web-graphql';

export const PostFieldsFragment = graphql(`
  fragment PostFields on Post {
    id
    brandId
    title
    baseText
    linkUrl
    mediaIds
    threadParts
    status
    scheduledAt
    authorId
    authorName
    version
    createdAt
    updatedAt
    campaign {
      id
      name
      color
    }
    labels {
      id
      name
      color
    }
    targets {
      accountId
      network
      handle
    }
    variants {
      network
      customized
      text
      linkUrl
      mediaIds
      threadParts
      firstComment
    }
    guidelineWarnings {
      rule
      network
      params
      message
    }
  }
`);

export const PostsQuery = graphql(`
  query Posts(
    $brandId: ID
    $status: [PostStatus!]
    $network: Network
    $campaignId: ID
    $labelId: ID
    $authorId: ID
    $from: DateTime
    $to: DateTime
    $search: String
    $first: Int!
    $after: String
  ) {
    posts(
      brandId: $brandId
      status: $status
      network: $network
      campaignId: $campaignId
      labelId: $labelId
      authorId: $authorId
      from: $from
      to: $to
      search: $search
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          brandId
          title
          baseText
          status
          scheduledAt
          authorName
          updatedAt
          campaign {
            id
            name
            color
          }
          labels {
            id
            name
            color
          }
          targets {
            accountId
            network
          }
        }
      }
    }
  }
`);

export const PostQuery = graphql(`
  query Post($id: ID!) {
    post(id: $id) {
      ...PostFields
    }
  }
`);

/** What the composer offers for a brand: its time zone and guidelines, accounts, campaigns and labels. */
export const ComposerBrandQuery = graphql(`
  query ComposerBrand($brandId: ID!) {
    brand(id: $brandId) {
      id
      name
      timezone
      archived
      guidelines {
        requiredHashtags
        bannedWords
        requireAltText
      }
      socialAccounts {
        id
        network
        handle
        displayName
        status
      }
    }
    campaigns(brandId: $brandId) {
      id
      name
      color
    }
    labels(brandId: $brandId) {
      id
      name
      color
    }
  }
`);

export const PostAuthorsQuery = graphql(`
  query PostAuthors {
    members(first: 100) {
      edges {
        node {
          id
          userId
          name
        }
      }
    }
  }
`);

export const CreatePostMutation = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostFields
    }
  }
`);

export const UpdatePostMutation = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      ...PostFields
    }
  }
`);

export const ArchivePostMutation = graphql(`
  mutation ArchivePost($id: ID!) {
    archivePost(id: $id) {
      id
      status
      version
    }
  }
`);

export const RestorePostMutation = graphql(`
  mutation RestorePost($id: ID!) {
    restorePost(id: $id) {
      id
      status
      version
    }
  }
`);

export const DeletePostMutation = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id)
  }
`);

export const PostBrandsQuery = graphql(`
  query PostBrands {
    brands(first: 100) {
      edges {
        node {
          id
          name
          timezone
        }
      }
    }
  }
`);

/** The card a link makes, as the composer previews it (read once, then kept for the brand). */
export const LinkPreviewQuery = graphql(`
  query LinkPreview($brandId: ID!, $url: String!) {
    linkPreview(brandId: $brandId, url: $url) {
      url
      warning
      card {
        url
        title
        description
        siteName
        imageUrl
      }
    }
  }
`);

/** A publishing outcome in figures, said by `publicationSummaryText`. */
export const PublicationSummaryFieldsFragment = graphql(`
  fragment PublicationSummaryFields on PublicationSummary {
    total
    failed
    network
    failureCode
    networkMessage
  }
`);
