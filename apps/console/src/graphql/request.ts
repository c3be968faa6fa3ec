import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@apollo/client';
import { print, type FormattedExecutionResult } from 'graphql';

/**
 * One GraphQL call outside Apollo's cache, for the session itself (refresh, sign out, switch agency),
 * which must not go through the links that depend on the session. Throws the same errors Apollo would.
 */
export async function requestGraphQL<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: { uri?: string; accessToken?: string | null } = {},
): Promise<TResult> {
  const response = await fetch(options.uri ?? '/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.accessToken ? { authorization: `Bearer ${options.accessToken}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const bodyText = await response.text();
  let body: FormattedExecutionResult<TResult> | undefined;
  try {
    body = JSON.parse(bodyText) as FormattedExecutionResult<TResult>;
  } catch {
    body = undefined;
  }
  if (body?.errors && body.errors.length > 0) throw new CombinedGraphQLErrors(body);
  if (!response.ok || !body?.data) {
    throw new ServerError(`GraphQL request failed with status ${response.status}`, { response, bodyText });
  }
  return body.data;
}
