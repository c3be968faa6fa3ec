import { PublishFailureCode } from '@relais/contracts';
import { httpCall, trimBase } from '../http-call';
import { FailedOutcome, unavailableOutcome } from '../publish-outcomes';
import { HandleDids } from './bluesky-facets';
import { mapBlueskyFailure, xrpcError } from './bluesky-errors';

const NAME = 'Bluesky';
const DID = /^did:[a-z]+:[a-zA-Z0-9._:%-]+$/;

/**
 * Who each handle is, asked of the account's PDS (`com.atproto.identity.resolveHandle`, which asks
 * the AppView for handles it does not host), as Bluesky's client does before posting. A handle the
 * PDS cannot resolve (400: unknown or malformed) is nobody's. A PDS that does not answer, or
 * answers a 5xx or 429, gives the failure to report: nothing was posted, sending again is safe.
 */
export async function resolveHandles(
  pds: string,
  handles: readonly string[],
  signal: AbortSignal,
  timeoutMs: number,
): Promise<HandleDids | FailedOutcome> {
  const answers = await Promise.all(handles.map((handle) => resolveHandle(pds, handle, signal, timeoutMs)));
  const failure = answers.find(
    (answer): answer is FailedOutcome => answer !== null && typeof answer === 'object',
  );
  if (failure) return failure;
  return new Map(handles.map((handle, i) => [handle, answers[i] as string | null]));
}

async function resolveHandle(
  pds: string,
  handle: string,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<string | null | FailedOutcome> {
  const query = new URLSearchParams({ handle });
  const result = await httpCall(
    { method: 'GET', url: `${trimBase(pds)}/xrpc/com.atproto.identity.resolveHandle?${query.toString()}` },
    signal,
    timeoutMs,
  );
  if (result.kind !== 'answer') {
    return {
      kind: 'failed',
      code: PublishFailureCode.NetworkUnavailable,
      message: `${NAME} could not be asked who @${handle} is (${result.reason}); nothing was posted.`,
      networkMessage: null,
      retryable: true,
    };
  }
  if (result.status === 200) {
    const did = (result.body as { did?: unknown } | undefined)?.did;
    return typeof did === 'string' && DID.test(did) ? did : null;
  }
  if (result.status === 429) return mapBlueskyFailure(result, new Date());
  if (result.status >= 400 && result.status < 500 && result.status !== 408) return null;
  const { error, message } = xrpcError(result);
  return unavailableOutcome(NAME, result.status, [error, message].filter(Boolean).join(': ') || null);
}
