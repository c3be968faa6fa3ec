import { graphql } from '@relais/web-graphql';

export const MemberFieldsFragment = graphql(`
  fragment MemberFields on Member {
    id
    userId
    name
    email
    role
    brandIds
    createdAt
  }
`);

export const InvitationFieldsFragment = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    role
    brandIds
    status
    invitedByName
    expiresAt
    createdAt
  }
`);

export const MembersQuery = graphql(`
  query Members($first: Int!, $after: String) {
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MemberFields
        }
      }
    }
  }
`);

export const PendingInvitationsQuery = graphql(`
  query PendingInvitations($first: Int!, $after: String) {
    invitations(first: $first, after: $after, status: PENDING) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InvitationFields
        }
      }
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      acceptUrl
      invitation {
        ...InvitationFields
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      ...MemberFields
    }
  }
`);

export const AssignBrandsMutation = graphql(`
  mutation AssignBrands($input: AssignBrandsInput!) {
    assignBrands(input: $input) {
      ...MemberFields
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($id: ID!) {
    removeMember(id: $id)
  }
`);
