import { graphql } from '@relais/web-graphql';

export const CalendarPostFieldsFragment = graphql(`
  fragment CalendarPostFields on CalendarPost {
    id
    brandId
    brandName
    title
    status
    scheduledAt
    excerpt
    networks
    campaign {
      id
      name
      color
    }
    color
    version
    occurrence {
      at
      kind
    }
  }
`);

export const CalendarBrandsQuery = graphql(`
  query CalendarBrands {
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

export const CalendarPostsQuery = graphql(`
  query CalendarPosts($brandId: ID, $from: DateTime!, $to: DateTime!) {
    calendarPosts(brandId: $brandId, from: $from, to: $to) {
      ...CalendarPostFields
    }
  }
`);

export const ReschedulePostMutation = graphql(`
  mutation ReschedulePost($input: ReschedulePostInput!) {
    reschedulePost(input: $input) {
      ...CalendarPostFields
    }
  }
`);
