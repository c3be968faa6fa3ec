import { toApiError } from '../graphql/api-error';

/** Why a connection did not go through, as the callback page words it. */
export type ConnectionProblem = 'refused' | 'expired' | 'used' | 'invalid' | 'wrongAccount' | 'failed';

const BY_WORD: ReadonlyArray<[RegExp, ConnectionProblem]> = [
  [/access_denied|denied|refused|cancel/i, 'refused'],
  [/signed in as|another account|different account|wrong account/i, 'wrongAccount'],
  [/expired/i, 'expired'],
  [/already (used|completed)|used once|invalid_grant|reuse/i, 'used'],
  [/matches no connection|state|forged|redirect uri/i, 'invalid'],
];

/** Reads a failure reason, the network's `error`, or a refusal's constraint into one of the known problems. */
export function problemOfText(text: string | null | undefined): ConnectionProblem {
  if (!text) return 'failed';
  for (const [pattern, problem] of BY_WORD) if (pattern.test(text)) return problem;
  return 'failed';
}

/** The API's refusal of `completeAccountConnection` (or of a later step), as a problem to show. */
export function connectionProblem(error: unknown): ConnectionProblem {
  const apiError = toApiError(error);
  for (const field of apiError.fields) {
    const problem = problemOfText(field.constraint);
    if (problem !== 'failed') return problem;
  }
  if (apiError.code === 'NOT_FOUND' || apiError.code === 'FORBIDDEN') return 'invalid';
  const problem = problemOfText(apiError.message);
  if (problem !== 'failed') return problem;
  if (apiError.code === 'CONFLICT') return 'used';
  if (apiError.code === 'BAD_USER_INPUT') return 'invalid';
  return 'failed';
}
