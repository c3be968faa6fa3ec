import type { APIRequestContext } from '@playwright/test';

interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** GraphQL over HTTP straight to the gateway, to set up what a test needs without clicking through it. */
export class GatewayApi {
  private accessToken: string | null = null;

  constructor(
    private readonly request: APIRequestContext,
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
}
