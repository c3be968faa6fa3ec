import { graphql } from '@relais/web-graphql';

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      email
      name
      locale
    }
    agency {
      id
      name
      role
    }
    role
    brandIds
    agencies {
      id
      name
      role
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...SessionFields
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...SessionFields
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const SwitchAgencyMutation = graphql(`
  mutation SwitchAgency($input: SwitchAgencyInput!) {
    switchAgency(input: $input) {
      ...SessionFields
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut($input: SignOutInput!) {
    signOut(input: $input)
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      agencyName
      email
      role
      brandNames
      expiresAt
      userExists
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...SessionFields
    }
  }
`);
