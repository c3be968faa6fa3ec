import { graphql } from '@relais/web-graphql';

export const AccountConnectionFieldsFragment = graphql(`
  fragment AccountConnectionFields on AccountConnection {
    id
    brandId
    brandName
    network
    status
    origin
    scopes
    candidates {
      externalId
      handle
      displayName
      kind
      connectedToBrandId
      connectedToBrandName
    }
    accountIds
    failureReason
    expiresAt
  }
`);

export const StartAccountConnectionMutation = graphql(`
  mutation StartAccountConnection($input: StartAccountConnectionInput!) {
    startAccountConnection(input: $input) {
      connectionId
      authorizeUrl
      scopes
      expiresAt
    }
  }
`);

export const CompleteAccountConnectionMutation = graphql(`
  mutation CompleteAccountConnection($input: CompleteAccountConnectionInput!) {
    completeAccountConnection(input: $input) {
      ...AccountConnectionFields
    }
  }
`);

export const ChooseConnectionAccountsMutation = graphql(`
  mutation ChooseConnectionAccounts($input: ChooseConnectionAccountsInput!) {
    chooseConnectionAccounts(input: $input) {
      ...AccountConnectionFields
    }
  }
`);

export const ConnectBlueskyAccountMutation = graphql(`
  mutation ConnectBlueskyAccount($input: ConnectBlueskyAccountInput!) {
    connectBlueskyAccount(input: $input) {
      id
      handle
    }
  }
`);

export const ConnectLinkFieldsFragment = graphql(`
  fragment ConnectLinkFields on ConnectLink {
    id
    brandId
    networks
    recipientEmail
    createdAt
    expiresAt
    revokedAt
  }
`);

export const ConnectLinksQuery = graphql(`
  query ConnectLinks($brandId: ID!) {
    connectLinks(brandId: $brandId) {
      ...ConnectLinkFields
    }
  }
`);

export const CreateConnectLinkMutation = graphql(`
  mutation CreateConnectLink($input: CreateConnectLinkInput!) {
    createConnectLink(input: $input) {
      ...ConnectLinkFields
      url
    }
  }
`);

export const RevokeConnectLinkMutation = graphql(`
  mutation RevokeConnectLink($id: ID!) {
    revokeConnectLink(id: $id) {
      ...ConnectLinkFields
    }
  }
`);

export const ConnectLinkPageQuery = graphql(`
  query ConnectLinkPage($token: String!) {
    connectLink(token: $token) {
      brandName
      agencyName
      networks
      expiresAt
      accounts {
        network
        handle
        status
      }
    }
  }
`);
