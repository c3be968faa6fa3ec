import { graphql } from '@relais/web-graphql';

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $after: String, $action: String) {
    auditLog(first: $first, after: $after, action: $action) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          action
          actorUserId
          actorName
          targetType
          targetId
          details
          ip
          createdAt
        }
      }
    }
  }
`);
