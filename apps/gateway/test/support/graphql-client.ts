import request from 'supertest';

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

/** GraphQL over HTTP against a running gateway, the way the console calls it. */
export class GraphqlClient {
  constructor(readonly baseUrl: string) {}

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
    private readonly client: GraphqlClient,
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
