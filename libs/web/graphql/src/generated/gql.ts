/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SocialAccountFields on SocialAccount {\n    id\n    brandId\n    network\n    handle\n    externalId\n    displayName\n    instanceUrl\n    status\n    statusReason\n    tokenExpiresAt\n    connectedAt\n    updatedAt\n  }\n": typeof types.SocialAccountFieldsFragmentDoc,
    "\n  query SocialAccounts($brandId: ID, $first: Int!, $after: String) {\n    socialAccounts(brandId: $brandId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocialAccountFields\n        }\n      }\n    }\n  }\n": typeof types.SocialAccountsDocument,
    "\n  mutation ConnectSocialAccount($input: ConnectSocialAccountInput!) {\n    connectSocialAccount(input: $input) {\n      ...SocialAccountFields\n    }\n  }\n": typeof types.ConnectSocialAccountDocument,
    "\n  mutation ReconnectSocialAccount($input: ReconnectSocialAccountInput!) {\n    reconnectSocialAccount(input: $input) {\n      ...SocialAccountFields\n    }\n  }\n": typeof types.ReconnectSocialAccountDocument,
    "\n  mutation DisconnectSocialAccount($id: ID!) {\n    disconnectSocialAccount(id: $id) {\n      ...SocialAccountFields\n    }\n  }\n": typeof types.DisconnectSocialAccountDocument,
    "\n  query AuditLog($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorUserId\n          actorName\n          targetType\n          targetId\n          details\n          ip\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      name\n      locale\n    }\n    agency {\n      id\n      name\n      role\n    }\n    role\n    brandIds\n    agencies {\n      id\n      name\n      role\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SwitchAgency($input: SwitchAgencyInput!) {\n    switchAgency(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SwitchAgencyDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input)\n  }\n": typeof types.SignOutDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      agencyName\n      email\n      role\n      brandNames\n      expiresAt\n      userExists\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment BrandFields on Brand {\n    id\n    name\n    slug\n    timezone\n    defaultLanguage\n    targetMarkets\n    guidelines {\n      toneNotes\n      requiredHashtags\n      bannedWords\n    }\n    archived\n    createdAt\n    updatedAt\n  }\n": typeof types.BrandFieldsFragmentDoc,
    "\n  query Brands($first: Int!, $after: String, $search: String, $includeArchived: Boolean!) {\n    brands(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BrandFields\n          socialAccounts {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.BrandsDocument,
    "\n  query Brand($id: ID!) {\n    brand(id: $id) {\n      ...BrandFields\n    }\n  }\n": typeof types.BrandDocument,
    "\n  query BrandOptions($first: Int!) {\n    brands(first: $first, includeArchived: false) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.BrandOptionsDocument,
    "\n  mutation CreateBrand($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n": typeof types.CreateBrandDocument,
    "\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n": typeof types.UpdateBrandDocument,
    "\n  mutation ArchiveBrand($id: ID!) {\n    archiveBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n": typeof types.ArchiveBrandDocument,
    "\n  mutation RestoreBrand($id: ID!) {\n    restoreBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n": typeof types.RestoreBrandDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      name\n      locale\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment MemberFields on Member {\n    id\n    userId\n    name\n    email\n    role\n    brandIds\n    createdAt\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    brandIds\n    status\n    invitedByName\n    expiresAt\n    createdAt\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Members($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query PendingInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after, status: PENDING) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation AssignBrands($input: AssignBrandsInput!) {\n    assignBrands(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.AssignBrandsDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.RemoveMemberDocument,
};
const documents: Documents = {
    "\n  fragment SocialAccountFields on SocialAccount {\n    id\n    brandId\n    network\n    handle\n    externalId\n    displayName\n    instanceUrl\n    status\n    statusReason\n    tokenExpiresAt\n    connectedAt\n    updatedAt\n  }\n": types.SocialAccountFieldsFragmentDoc,
    "\n  query SocialAccounts($brandId: ID, $first: Int!, $after: String) {\n    socialAccounts(brandId: $brandId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocialAccountFields\n        }\n      }\n    }\n  }\n": types.SocialAccountsDocument,
    "\n  mutation ConnectSocialAccount($input: ConnectSocialAccountInput!) {\n    connectSocialAccount(input: $input) {\n      ...SocialAccountFields\n    }\n  }\n": types.ConnectSocialAccountDocument,
    "\n  mutation ReconnectSocialAccount($input: ReconnectSocialAccountInput!) {\n    reconnectSocialAccount(input: $input) {\n      ...SocialAccountFields\n    }\n  }\n": types.ReconnectSocialAccountDocument,
    "\n  mutation DisconnectSocialAccount($id: ID!) {\n    disconnectSocialAccount(id: $id) {\n      ...SocialAccountFields\n    }\n  }\n": types.DisconnectSocialAccountDocument,
    "\n  query AuditLog($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorUserId\n          actorName\n          targetType\n          targetId\n          details\n          ip\n          createdAt\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      name\n      locale\n    }\n    agency {\n      id\n      name\n      role\n    }\n    role\n    brandIds\n    agencies {\n      id\n      name\n      role\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SwitchAgency($input: SwitchAgencyInput!) {\n    switchAgency(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SwitchAgencyDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input)\n  }\n": types.SignOutDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      agencyName\n      email\n      role\n      brandNames\n      expiresAt\n      userExists\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment BrandFields on Brand {\n    id\n    name\n    slug\n    timezone\n    defaultLanguage\n    targetMarkets\n    guidelines {\n      toneNotes\n      requiredHashtags\n      bannedWords\n    }\n    archived\n    createdAt\n    updatedAt\n  }\n": types.BrandFieldsFragmentDoc,
    "\n  query Brands($first: Int!, $after: String, $search: String, $includeArchived: Boolean!) {\n    brands(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BrandFields\n          socialAccounts {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.BrandsDocument,
    "\n  query Brand($id: ID!) {\n    brand(id: $id) {\n      ...BrandFields\n    }\n  }\n": types.BrandDocument,
    "\n  query BrandOptions($first: Int!) {\n    brands(first: $first, includeArchived: false) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.BrandOptionsDocument,
    "\n  mutation CreateBrand($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n": types.CreateBrandDocument,
    "\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n": types.UpdateBrandDocument,
    "\n  mutation ArchiveBrand($id: ID!) {\n    archiveBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n": types.ArchiveBrandDocument,
    "\n  mutation RestoreBrand($id: ID!) {\n    restoreBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n": types.RestoreBrandDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      name\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment MemberFields on Member {\n    id\n    userId\n    name\n    email\n    role\n    brandIds\n    createdAt\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    brandIds\n    status\n    invitedByName\n    expiresAt\n    createdAt\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Members($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query PendingInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after, status: PENDING) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation AssignBrands($input: AssignBrandsInput!) {\n    assignBrands(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.AssignBrandsDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.RemoveMemberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SocialAccountFields on SocialAccount {\n    id\n    brandId\n    network\n    handle\n    externalId\n    displayName\n    instanceUrl\n    status\n    statusReason\n    tokenExpiresAt\n    connectedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SocialAccountFields on SocialAccount {\n    id\n    brandId\n    network\n    handle\n    externalId\n    displayName\n    instanceUrl\n    status\n    statusReason\n    tokenExpiresAt\n    connectedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocialAccounts($brandId: ID, $first: Int!, $after: String) {\n    socialAccounts(brandId: $brandId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocialAccountFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SocialAccounts($brandId: ID, $first: Int!, $after: String) {\n    socialAccounts(brandId: $brandId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocialAccountFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectSocialAccount($input: ConnectSocialAccountInput!) {\n    connectSocialAccount(input: $input) {\n      ...SocialAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectSocialAccount($input: ConnectSocialAccountInput!) {\n    connectSocialAccount(input: $input) {\n      ...SocialAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReconnectSocialAccount($input: ReconnectSocialAccountInput!) {\n    reconnectSocialAccount(input: $input) {\n      ...SocialAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReconnectSocialAccount($input: ReconnectSocialAccountInput!) {\n    reconnectSocialAccount(input: $input) {\n      ...SocialAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectSocialAccount($id: ID!) {\n    disconnectSocialAccount(id: $id) {\n      ...SocialAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation DisconnectSocialAccount($id: ID!) {\n    disconnectSocialAccount(id: $id) {\n      ...SocialAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorUserId\n          actorName\n          targetType\n          targetId\n          details\n          ip\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorUserId\n          actorName\n          targetType\n          targetId\n          details\n          ip\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      name\n      locale\n    }\n    agency {\n      id\n      name\n      role\n    }\n    role\n    brandIds\n    agencies {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      name\n      locale\n    }\n    agency {\n      id\n      name\n      role\n    }\n    role\n    brandIds\n    agencies {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchAgency($input: SwitchAgencyInput!) {\n    switchAgency(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchAgency($input: SwitchAgencyInput!) {\n    switchAgency(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input)\n  }\n"): (typeof documents)["\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      agencyName\n      email\n      role\n      brandNames\n      expiresAt\n      userExists\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      agencyName\n      email\n      role\n      brandNames\n      expiresAt\n      userExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BrandFields on Brand {\n    id\n    name\n    slug\n    timezone\n    defaultLanguage\n    targetMarkets\n    guidelines {\n      toneNotes\n      requiredHashtags\n      bannedWords\n    }\n    archived\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment BrandFields on Brand {\n    id\n    name\n    slug\n    timezone\n    defaultLanguage\n    targetMarkets\n    guidelines {\n      toneNotes\n      requiredHashtags\n      bannedWords\n    }\n    archived\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Brands($first: Int!, $after: String, $search: String, $includeArchived: Boolean!) {\n    brands(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BrandFields\n          socialAccounts {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Brands($first: Int!, $after: String, $search: String, $includeArchived: Boolean!) {\n    brands(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BrandFields\n          socialAccounts {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Brand($id: ID!) {\n    brand(id: $id) {\n      ...BrandFields\n    }\n  }\n"): (typeof documents)["\n  query Brand($id: ID!) {\n    brand(id: $id) {\n      ...BrandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandOptions($first: Int!) {\n    brands(first: $first, includeArchived: false) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrandOptions($first: Int!) {\n    brands(first: $first, includeArchived: false) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBrand($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBrand($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveBrand($id: ID!) {\n    archiveBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveBrand($id: ID!) {\n    archiveBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreBrand($id: ID!) {\n    restoreBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreBrand($id: ID!) {\n    restoreBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      name\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      name\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    userId\n    name\n    email\n    role\n    brandIds\n    createdAt\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    userId\n    name\n    email\n    role\n    brandIds\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    brandIds\n    status\n    invitedByName\n    expiresAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    brandIds\n    status\n    invitedByName\n    expiresAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after, status: PENDING) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after, status: PENDING) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignBrands($input: AssignBrandsInput!) {\n    assignBrands(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignBrands($input: AssignBrandsInput!) {\n    assignBrands(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;