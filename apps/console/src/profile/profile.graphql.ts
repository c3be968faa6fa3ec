import { graphql } from '@relais/web-graphql';

export const MeQuery = graphql(`
  query Me {
    me {
      user {
        id
        email
        name
        locale
      }
      agency {
        id
        name
        slug
        defaultLocale
      }
      role
      brandIds
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      email
      name
      locale
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
