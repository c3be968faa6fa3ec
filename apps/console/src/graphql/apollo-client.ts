import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, throwError } from 'rxjs';

declare module '@apollo/client' {
  interface DefaultContext {
    /** The access token the request was sent with. */
    sentAccessToken?: string | null;
    /** Set once an operation has been replayed after a token refresh, so it is replayed at most once. */
    replayedAfterRefresh?: boolean;
  }
}

/** Where the client gets its access token. Implemented by the session. */
export interface AccessTokenSource {
  /** A usable access token (refreshed first when it is about to expire), or null when signed out. */
  getAccessToken(): Promise<string | null>;
  /** The API refused `rejected`: get a new token if possible. Resolves true when the call can be replayed. */
  recoverFromRejectedToken(rejected: string): Promise<boolean>;
}

function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((entry) => entry.extensions?.['code'] === 'UNAUTHENTICATED')
  );
}

/** The Apollo client of the console: bearer token on every call, one refresh-and-replay on UNAUTHENTICATED. */
export function createApolloClient(tokens: AccessTokenSource, uri = '/graphql'): ApolloClient {
  const authLink = new SetContextLink(async () => {
    const token = await tokens.getAccessToken();
    return { sentAccessToken: token, headers: token ? { authorization: `Bearer ${token}` } : {} };
  });

  const refreshLink = new ErrorLink(({ error, operation, forward }) => {
    const { sentAccessToken, replayedAfterRefresh } = operation.getContext();
    if (!isUnauthenticated(error) || !sentAccessToken || replayedAfterRefresh) return;
    return from(tokens.recoverFromRejectedToken(sentAccessToken)).pipe(
      mergeMap((recovered) => {
        if (!recovered) return throwError(() => error);
        operation.setContext({ replayedAfterRefresh: true });
        return forward(operation);
      }),
    );
  });

  return new ApolloClient({
    link: ApolloLink.from([refreshLink, authLink, new HttpLink({ uri })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
