import { graphql } from '@relais/web-graphql';

export const MediaFieldsFragment = graphql(`
  fragment MediaFields on Media {
    id
    brandId
    fileName
    contentType
    kind
    status
    sizeBytes
    width
    height
    durationMs
    altText
    url
    thumbnailUrl
    createdAt
  }
`);

export const MediaBrandsQuery = graphql(`
  query MediaBrands {
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

export const MediaLibraryQuery = graphql(`
  query MediaLibrary($brandId: ID!, $kind: MediaKind, $first: Int, $after: String) {
    mediaLibrary(brandId: $brandId, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MediaFields
        }
      }
    }
  }
`);

export const MediaItemQuery = graphql(`
  query MediaItem($id: ID!) {
    media(id: $id) {
      ...MediaFields
    }
  }
`);

export const CreateMediaUploadMutation = graphql(`
  mutation CreateMediaUpload($input: CreateMediaUploadInput!) {
    createMediaUpload(input: $input) {
      media {
        ...MediaFields
      }
      uploadUrl
      method
      headers
      expiresAt
    }
  }
`);

export const CompleteMediaUploadMutation = graphql(`
  mutation CompleteMediaUpload($id: ID!) {
    completeMediaUpload(id: $id) {
      ...MediaFields
    }
  }
`);

export const UpdateMediaMutation = graphql(`
  mutation UpdateMedia($input: UpdateMediaInput!) {
    updateMedia(input: $input) {
      ...MediaFields
    }
  }
`);

export const DeleteMediaMutation = graphql(`
  mutation DeleteMedia($id: ID!) {
    deleteMedia(id: $id)
  }
`);
