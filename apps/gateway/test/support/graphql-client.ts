import request from 'supertest';
import { Envelope } from '@relais/contracts';
import { connectRequester, Requester } from '@relais/dev-platform';

/** A GraphQL answer's data as tests read it: untyped JSON, checked by the assertions themselves. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type AnyData = Record<string, any>;

export interface GqlError {
  message: string;
  path?: string[];
  extensions: {
    code: string;
    fields?: { field: string; message: string; constraint?: string }[];
    retryAfter?: number;
    stacktrace?: string[];
  };
}

export interface GqlResponse<T> {
  status: number;
  headers: Record<string, string>;
  /** The raw response text, to assert what never appears in it. */
  text: string;
  data: T | null | undefined;
  errors: GqlError[];
}

export interface GqlRequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** The platform's NATS, for what only the services themselves may ask (never through the gateway). */
export interface SystemNats {
  url: string;
  subjectPrefix: string;
}

/** GraphQL over HTTP against a running gateway, the way the console calls it. */
export class GraphqlClient {
  private requester?: Promise<{ request: Requester; close: () => Promise<void> }>;

  constructor(
    readonly baseUrl: string,
    private readonly nats?: SystemNats,
  ) {}

  /**
   * A request straight to a service over NATS, as another service would send it: for test set-ups the
   * public API does not offer (an account that only needs to exist, with made-up credentials).
   */
  async system<T>(subject: string, envelope: Envelope, data: unknown): Promise<T> {
    if (!this.nats) throw new Error('This client was made without the platform’s NATS');
    this.requester ??= connectRequester(this.nats.url, this.nats.subjectPrefix);
    return (await this.requester).request<T>(subject, envelope, data);
  }

  async close(): Promise<void> {
    const requester = this.requester;
    this.requester = undefined;
    if (requester) await (await requester).close();
  }

  async request<T = AnyData>(
    query: string,
    variables?: Record<string, unknown>,
    options: GqlRequestOptions = {},
  ): Promise<GqlResponse<T>> {
    const call = request(this.baseUrl).post('/graphql').set('content-type', 'application/json');
    if (options.token) call.set('authorization', `Bearer ${options.token}`);
    for (const [name, value] of Object.entries(options.headers ?? {})) call.set(name, value);
    const response = await call.send(JSON.stringify({ query, variables }));
    const body: { data?: T | null; errors?: GqlError[] } = response.body ?? {};
    return {
      status: response.status,
      headers: response.headers,
      text: response.text,
      data: body.data,
      errors: body.errors ?? [],
    };
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async data<T = AnyData>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlRequestOptions,
  ): Promise<T> {
    const response = await this.request<T>(query, variables, options);
    if (response.errors.length > 0 || !response.data) {
      throw new Error(
        `GraphQL request failed (${response.status}): ${JSON.stringify(response.errors)}\n${query}`,
      );
    }
    return response.data;
  }

  /** The single error of a request that must fail. */
  async error(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlRequestOptions,
  ): Promise<GqlError> {
    const response = await this.request(query, variables, options);
    if (response.errors.length !== 1) {
      throw new Error(`Expected exactly one error, got ${response.status}: ${response.text}`);
    }
    return response.errors[0];
  }

  /** A client whose every request carries this access token. */
  as(token: string): ActorClient {
    return new ActorClient(this, token);
  }
}

export class ActorClient {
  constructor(
    readonly client: GraphqlClient,
    readonly token: string,
  ) {}

  request<T = AnyData>(query: string, variables?: Record<string, unknown>) {
    return this.client.request<T>(query, variables, { token: this.token });
  }

  data<T = AnyData>(query: string, variables?: Record<string, unknown>) {
    return this.client.data<T>(query, variables, { token: this.token });
  }

  error(query: string, variables?: Record<string, unknown>) {
    return this.client.error(query, variables, { token: this.token });
  }
}
