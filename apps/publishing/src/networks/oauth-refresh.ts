import { bodyExcerpt } from './publish-outcomes';
import { HttpAnswer, httpCall } from './http-call';
import { RefreshRefused, RefreshedCredentials } from './network-adapter';

/** `{"error":"invalid_grant","error_description":"…"}` or a network's own shape. */
function oauthErrorText(answer: HttpAnswer): string {
  const body = answer.body as { error?: unknown; error_description?: unknown; message?: unknown } | undefined;
  const parts = [body?.error, body?.error_description ?? body?.message].filter(
    (part): part is string => typeof part === 'string',
  );
  return parts.length > 0 ? parts.join(': ') : (bodyExcerpt(answer.text) ?? `HTTP ${answer.status}`);
}

/** A token endpoint's refusal is the account's to fix (revoked, expired grant) for 400 and 401. */
export function oauthRefusalIsPermanent(status: number): boolean {
  return status === 400 || status === 401 || status === 403;
}

/** Reads a token endpoint's success answer. */
export function readTokenAnswer(answer: HttpAnswer, now: Date): RefreshedCredentials | null {
  const body = answer.body as
    { access_token?: unknown; refresh_token?: unknown; expires_in?: unknown } | undefined;
  if (typeof body?.access_token !== 'string') return null;
  return {
    accessToken: body.access_token,
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : null,
    expiresAt: typeof body.expires_in === 'number' ? new Date(now.getTime() + body.expires_in * 1000) : null,
  };
}

/** `grant_type=refresh_token` at an OAuth 2 token endpoint. Throws RefreshRefused. */
export async function refreshOAuthToken(
  networkName: string,
  url: string,
  form: Record<string, string>,
  signal: AbortSignal,
  timeoutMs: number,
  headers: Record<string, string> = {},
): Promise<RefreshedCredentials> {
  const result = await httpCall(
    { method: 'POST', url, headers, form: { grant_type: 'refresh_token', ...form } },
    signal,
    timeoutMs,
  );
  if (result.kind !== 'answer') {
    throw new RefreshRefused(
      `${networkName} could not be reached to renew the access: ${result.reason}.`,
      false,
    );
  }
  if (result.status === 200) {
    const credentials = readTokenAnswer(result, new Date());
    if (credentials) return credentials;
    throw new RefreshRefused(`${networkName} answered the renewal without a token.`, false);
  }
  const words = oauthErrorText(result);
  if (oauthRefusalIsPermanent(result.status)) {
    throw new RefreshRefused(
      `${networkName} refused to renew the access (${words}); reconnect the account.`,
      true,
    );
  }
  throw new RefreshRefused(`${networkName} could not renew the access now (${words}).`, false);
}
