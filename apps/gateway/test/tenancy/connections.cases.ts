import { Session } from '../support/seed';
import { MISSING_ID, onBrandA1, TenancyDomain } from './tenancy-case';

/** The console's callback the clients service accepts by default (`CONNECT_REDIRECT_URIS`). */
export const REDIRECT_URI = 'http://127.0.0.1:5173/connect/callback';

interface ConnectionsSeed {
  /** A connection of A1 waiting at the network's consent page, and a connect link of A1. */
  connectionId: string;
  linkId: string;
  /** A live connect link of agency B's brand B1: it must reach nothing of A. */
  tokenB: string;
}

const START =
  'mutation S($input: StartAccountConnectionInput!) { startAccountConnection(input: $input) { connectionId } }';
const CREATE_LINK =
  'mutation L($input: CreateConnectLinkInput!) { createConnectLink(input: $input) { id url } }';

async function createLink(owner: Session, brandId: string): Promise<{ id: string; token: string }> {
  const { createConnectLink } = await owner.api.data(CREATE_LINK, { input: { brandId } });
  const token = new URL(createConnectLink.url as string).pathname.split('/').pop() ?? '';
  return { id: createConnectLink.id as string, token };
}

/**
 * Connecting accounts the network's way and connect links: a connection of A1 cannot be read, chosen
 * for or reconnected through from outside A1, links of A1 cannot be listed, created or revoked, and a
 * link token of B reaches only B's brand.
 */
export const connectionsTenancy: TenancyDomain<ConnectionsSeed> = {
  name: 'connections',
  async seed(w) {
    const { startAccountConnection } = await w.ownerA.api.data(START, {
      input: { brandId: w.brandA1.id, network: 'X', redirectUri: REDIRECT_URI },
    });
    const link = await createLink(w.ownerA, w.brandA1.id);
    const linkB = await createLink(w.ownerB, w.brandB1.id);
    return {
      connectionId: startAccountConnection.connectionId as string,
      linkId: link.id,
      tokenB: linkB.token,
    };
  },
  ids: (s) => [s.connectionId, s.linkId],
  async snapshot(w, s) {
    return [
      await w.ownerA.api.data('query Q($brandId: ID!) { connectLinks(brandId: $brandId) { id revokedAt } }', {
        brandId: w.brandA1.id,
      }),
      await w.ownerA.api.data('query Q($id: ID!) { accountConnection(id: $id) { id status accountIds } }', {
        id: s.connectionId,
      }),
    ];
  },
  cases: {
    'Mutation.startAccountConnection': [
      ...onBrandA1<ConnectionsSeed>(
        'starts connecting an account to A1',
        START,
        (w) => ({ input: { brandId: w.brandA1.id, network: 'X', redirectUri: REDIRECT_URI } }),
        () => ({ input: { brandId: MISSING_ID, network: 'X', redirectUri: REDIRECT_URI } }),
      ),
      {
        attacker: 'agencyB',
        what: 'reconnects an account of A1 from its own brand',
        query: START,
        variables: (w) => ({
          input: {
            brandId: w.brandB1.id,
            network: 'MASTODON',
            accountId: w.accountA1,
            redirectUri: REDIRECT_URI,
            instanceUrl: 'https://mastodon.example',
          },
        }),
        likeMissing: (w) => ({
          input: {
            brandId: w.brandB1.id,
            network: 'MASTODON',
            accountId: MISSING_ID,
            redirectUri: REDIRECT_URI,
            instanceUrl: 'https://mastodon.example',
          },
        }),
      },
      {
        attacker: 'agencyB',
        what: 'reconnects an account of A1 through its own brand’s connect link',
        query: START,
        variables: (w, s) => ({
          input: {
            linkToken: s.tokenB,
            network: 'MASTODON',
            accountId: w.accountA1,
            redirectUri: REDIRECT_URI,
            instanceUrl: 'https://mastodon.example',
          },
        }),
        likeMissing: (_w, s) => ({
          input: {
            linkToken: s.tokenB,
            network: 'MASTODON',
            accountId: MISSING_ID,
            redirectUri: REDIRECT_URI,
            instanceUrl: 'https://mastodon.example',
          },
        }),
      },
    ],
    'Mutation.connectBlueskyAccount': onBrandA1<ConnectionsSeed>(
      'connects a Bluesky account to A1',
      'mutation B($input: ConnectBlueskyAccountInput!) { connectBlueskyAccount(input: $input) { id } }',
      (w) => ({
        input: {
          brandId: w.brandA1.id,
          identifier: 'intruder.bsky.social',
          appPassword: 'abcd-efgh-ijkl-mnop',
        },
      }),
      () => ({
        input: {
          brandId: MISSING_ID,
          identifier: 'intruder.bsky.social',
          appPassword: 'abcd-efgh-ijkl-mnop',
        },
      }),
    ),
    'Query.accountConnection': [
      ...onBrandA1<ConnectionsSeed>(
        'reads a connection of A1',
        'query Q($id: ID!) { accountConnection(id: $id) { id brandName candidates { handle } } }',
        (_w, s) => ({ id: s.connectionId }),
      ),
      {
        attacker: 'agencyB',
        what: 'reads a connection of A1 with its own brand’s connect link',
        query:
          'query Q($id: ID!, $linkToken: String) { accountConnection(id: $id, linkToken: $linkToken) { id } }',
        variables: (_w, s) => ({ id: s.connectionId, linkToken: s.tokenB }),
        likeMissing: (_w, s) => ({ id: MISSING_ID, linkToken: s.tokenB }),
      },
    ],
    'Mutation.chooseConnectionAccounts': [
      ...onBrandA1<ConnectionsSeed>(
        'chooses the accounts of a connection of A1',
        'mutation C($input: ChooseConnectionAccountsInput!) { chooseConnectionAccounts(input: $input) { id } }',
        (_w, s) => ({ input: { connectionId: s.connectionId, externalIds: ['intruder-page'] } }),
      ),
      {
        attacker: 'agencyB',
        what: 'chooses for a connection of A1 with its own brand’s connect link',
        query:
          'mutation C($input: ChooseConnectionAccountsInput!) { chooseConnectionAccounts(input: $input) { id } }',
        variables: (_w, s) => ({
          input: { connectionId: s.connectionId, externalIds: ['intruder-page'], linkToken: s.tokenB },
        }),
        likeMissing: (_w, s) => ({
          input: { connectionId: MISSING_ID, externalIds: ['intruder-page'], linkToken: s.tokenB },
        }),
      },
    ],
    'Mutation.createConnectLink': onBrandA1<ConnectionsSeed>(
      'creates a connect link of A1',
      CREATE_LINK,
      (w) => ({ input: { brandId: w.brandA1.id } }),
      () => ({ input: { brandId: MISSING_ID } }),
    ),
    'Query.connectLinks': onBrandA1<ConnectionsSeed>(
      'lists the connect links of A1',
      'query Q($brandId: ID!) { connectLinks(brandId: $brandId) { id } }',
      (w) => ({ brandId: w.brandA1.id }),
      () => ({ brandId: MISSING_ID }),
    ),
    'Mutation.revokeConnectLink': onBrandA1<ConnectionsSeed>(
      'revokes a connect link of A1',
      'mutation R($id: ID!) { revokeConnectLink(id: $id) { id } }',
      (_w, s) => ({ id: s.linkId }),
    ),
  },
};
