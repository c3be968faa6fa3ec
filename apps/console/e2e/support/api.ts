import type { APIRequestContext } from '@playwright/test';

interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** GraphQL over HTTP straight to the gateway, to set up what a test needs without clicking through it. */
export class GatewayApi {
  private accessToken: string | null = null;

  constructor(
    protected readonly request: APIRequestContext,
    private readonly gatewayUrl: string,
  ) {}

  async call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.request.post(`${this.gatewayUrl}/graphql`, {
      data: { query, variables },
      headers: this.accessToken ? { authorization: `Bearer ${this.accessToken}` } : {},
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL call failed: ${JSON.stringify(body.errors ?? body)}`);
    }
    return body.data;
  }

  async signIn(email: string, password: string): Promise<void> {
    const data = await this.call<{ signIn: { accessToken: string } }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { email, password } },
    );
    this.accessToken = data.signIn.accessToken;
  }

  async createBrand(name: string, timezone = 'Europe/Paris'): Promise<{ id: string; name: string }> {
    const data = await this.call<{ createBrand: { id: string; name: string } }>(
      'mutation ($input: CreateBrandInput!) { createBrand(input: $input) { id name } }',
      {
        input: {
          name,
          timezone,
          defaultLanguage: 'FR',
          targetMarkets: ['FR'],
          guidelines: { toneNotes: '', requiredHashtags: [], bannedWords: [] },
        },
      },
    );
    return data.createBrand;
  }

  async brandId(name: string): Promise<string> {
    const data = await this.call<{ brands: { edges: Array<{ node: { id: string; name: string } }> } }>(
      'query ($search: String) { brands(first: 20, search: $search) { edges { node { id name } } } }',
      { search: name },
    );
    const brand = data.brands.edges.find((edge) => edge.node.name === name);
    if (!brand) throw new Error(`No brand named ${name}`);
    return brand.node.id;
  }

  /** Invites someone; answers the link the invitation e-mail would carry. */
  async invite(email: string, role: string, brandIds: string[] = []): Promise<string> {
    const invited = await this.call<{ inviteMember: { acceptUrl: string } }>(
      'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { acceptUrl } }',
      { input: { email, role, brandIds } },
    );
    return invited.inviteMember.acceptUrl;
  }

  /** Invites someone and accepts for them at once: a new member ready for the test. */
  async addMember(
    email: string,
    name: string,
    password: string,
    role: string,
    brandIds: string[] = [],
  ): Promise<void> {
    const token = (await this.invite(email, role, brandIds)).split('/').pop() ?? '';
    const guest = new GatewayApi(this.request, this.gatewayUrl);
    await guest.call(
      'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
      { input: { token, name, password } },
    );
  }

  /**
   * An account made on the emulated network (`login`: the handle on X and Bluesky, the person who owns
   * the page on LinkedIn) and connected to `brandId` through its consent page (Bluesky: its app
   * password). Returns the handle the network gives it.
   */
  async connectEmulatedAccount(
    brandId: string,
    network: 'X' | 'BLUESKY' | 'LINKEDIN',
    login: string,
  ): Promise<string> {
    const provisioned = await this.request.post(`${sandboxControlUrl()}/control/accounts`, {
      data: {
        network: network.toLowerCase(),
        ...(network === 'LINKEDIN' ? { owner: login } : { handle: login }),
      },
    });
    const issued = (await provisioned.json()) as {
      handle: string;
      externalId: string;
      appPassword: string | null;
    };
    if (network === 'BLUESKY') {
      await this.call(
        'mutation ($input: ConnectBlueskyAccountInput!) { connectBlueskyAccount(input: $input) { id } }',
        { input: { brandId, identifier: issued.handle, appPassword: issued.appPassword } },
      );
    } else {
      await this.connectThroughNetwork({
        brandId,
        network,
        login: network === 'LINKEDIN' ? login : issued.handle,
        choose: [issued.externalId],
      });
    }
    return issued.handle;
  }

  /**
   * Connects an account the way a person does, without a browser: start, post the emulated network's
   * consent form as `login`, complete with the code it sends back to this console's callback, and
   * choose `choose` among what the consent covers (Facebook pages, LinkedIn organizations).
   */
  async connectThroughNetwork(input: {
    brandId: string;
    network: string;
    login: string;
    instanceUrl?: string;
    accountId?: string;
    choose?: string[];
  }): Promise<{ id: string; status: string; accountIds: string[] }> {
    const { login, choose, ...start } = input;
    const redirectUri = connectCallbackUrl();
    const started = await this.call<{ startAccountConnection: { authorizeUrl: string } }>(
      'mutation ($input: StartAccountConnectionInput!) { startAccountConnection(input: $input) { authorizeUrl } }',
      { input: { ...start, redirectUri } },
    );
    const answer = await consentOnNetwork(this.request, started.startAccountConnection.authorizeUrl, login);
    const fields = 'id status accountIds';
    const completed = await this.call<{
      completeAccountConnection: { id: string; status: string; accountIds: string[] };
    }>(
      `mutation ($input: CompleteAccountConnectionInput!) { completeAccountConnection(input: $input) { ${fields} } }`,
      { input: { state: answer.get('state'), code: answer.get('code'), redirectUri } },
    );
    const connection = completed.completeAccountConnection;
    if (!choose || connection.status !== 'CHOOSING') return connection;
    const chosen = await this.call<{
      chooseConnectionAccounts: { id: string; status: string; accountIds: string[] };
    }>(
      `mutation ($input: ChooseConnectionAccountsInput!) { chooseConnectionAccounts(input: $input) { ${fields} } }`,
      { input: { connectionId: connection.id, externalIds: choose } },
    );
    return chosen.chooseConnectionAccounts;
  }
}

/** The network emulators' control API (set by the global setup). */
export function sandboxControlUrl(): string {
  const url = process.env['RELAIS_SANDBOX_URL'];
  if (!url) throw new Error('RELAIS_SANDBOX_URL is set by the global setup');
  return url;
}

/** The console's callback, which the platform registered with the clients service and the emulator. */
export function connectCallbackUrl(): string {
  const consoleUrl = process.env['RELAIS_CONSOLE_URL'];
  if (!consoleUrl) throw new Error('RELAIS_CONSOLE_URL is set by the global setup');
  return `${consoleUrl}/connect/callback`;
}

/** Posts the emulated network's consent form (what its Authorize button sends); answers the redirect's query. */
export async function consentOnNetwork(
  request: APIRequestContext,
  authorizeUrl: string,
  login: string,
  decision: 'allow' | 'deny' = 'allow',
): Promise<URLSearchParams> {
  const url = new URL(authorizeUrl);
  const form: Record<string, string> = Object.fromEntries(url.searchParams);
  const response = await request.post(`${url.origin}${url.pathname}`, {
    form: { ...form, login, decision },
    maxRedirects: 0,
  });
  const location = response.headers()['location'];
  if (response.status() !== 302 || !location) {
    throw new Error(`The consent page answered ${response.status()}: ${await response.text()}`);
  }
  return new URL(location).searchParams;
}
