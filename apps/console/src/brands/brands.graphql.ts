import { graphql } from '@relais/web-graphql';

export const BrandFieldsFragment = graphql(`
  fragment BrandFields on Brand {
    id
    name
    slug
    timezone
    defaultLanguage
    targetMarkets
    guidelines {
      toneNotes
      requiredHashtags
      bannedWords
      requireAltText
    }
    archived
    createdAt
    updatedAt
  }
`);

export const BrandsQuery = graphql(`
  query Brands($first: Int!, $after: String, $search: String, $includeArchived: Boolean!) {
    brands(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...BrandFields
          socialAccounts {
            id
            status
          }
        }
      }
    }
  }
`);

export const BrandQuery = graphql(`
  query Brand($id: ID!) {
    brand(id: $id) {
      ...BrandFields
    }
  }
`);

export const BrandOptionsQuery = graphql(`
  query BrandOptions($first: Int!) {
    brands(first: $first, includeArchived: false) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateBrandMutation = graphql(`
  mutation CreateBrand($input: CreateBrandInput!) {
    createBrand(input: $input) {
      ...BrandFields
    }
  }
`);

export const UpdateBrandMutation = graphql(`
  mutation UpdateBrand($input: UpdateBrandInput!) {
    updateBrand(input: $input) {
      ...BrandFields
    }
  }
`);

export const ArchiveBrandMutation = graphql(`
  mutation ArchiveBrand($id: ID!) {
    archiveBrand(id: $id) {
      ...BrandFields
    }
  }
`);

export const RestoreBrandMutation = graphql(`
  mutation RestoreBrand($id: ID!) {
    restoreBrand(id: $id) {
      ...BrandFields
    }
  }
`);
