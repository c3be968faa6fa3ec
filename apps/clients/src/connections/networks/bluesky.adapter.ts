import { Network } from '@relais/contracts';
import { ConnectFailure, ConsentedAccount, withQuery } from './network-oauth';

export interface BlueskySettings {
  defaultPdsUrl: string;
  timeoutMs: number;
}

interface XrpcError {
  error?: string;
  message?: string;
}

/** The expiry an access JWT carries (`exp`), read without checking it (the PDS signed it for itself). */
function jwtExpiry(jwt: string): string | undefined {
  const payload = jwt.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' ? new Date(claims.exp * 1000).toISOString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Bluesky: no OAuth consent here; the person gives their handle and an app password, and a session is
 * created at once on their PDS (`com.atproto.server.createSession`). Its access and refresh JWTs are
 * what publishing uses, as for every Bluesky account.
 */
export class BlueskyConnectAdapter {
  readonly network = Network.Bluesky;

  constructor(private readonly settings: BlueskySettings) {}

  get defaultPdsUrl(): string {
    return this.settings.defaultPdsUrl;
  }

  async session(identifier: string, appPassword: string, pdsUrl: string | null): Promise<ConsentedAccount> {
    const pds = (pdsUrl ?? this.settings.defaultPdsUrl).replace(/\/+$/, '');
    const handle = identifier.replace(/^@/, '');
    if (!handle.startsWith('did:') && !handle.includes('@')) await this.resolveHandle(pds, handle);
    const session = await this.xrpc<{
      did?: string;
      handle?: string;
      accessJwt?: string;
      refreshJwt?: string;
    }>(pds, 'com.atproto.server.createSession', {
      method: 'POST',
      body: { identifier: handle, password: appPassword },
    });
    if (!session.did || !session.accessJwt) throw new ConnectFailure('Bluesky gave no session');
    const expiresAt = jwtExpiry(session.accessJwt);
    return {
      externalId: session.did,
      handle: session.handle ?? handle,
      displayName: null,
      kind: 'profile',
      credentials: {
        accessToken: session.accessJwt,
        ...(session.refreshJwt ? { refreshToken: session.refreshJwt } : {}),
        ...(expiresAt ? { expiresAt } : {}),
      },
    };
  }

  private async resolveHandle(pds: string, handle: string): Promise<string> {
    const resolved = await this.xrpc<{ did?: string }>(pds, 'com.atproto.identity.resolveHandle', {
      method: 'GET',
      query: { handle },
    });
    if (!resolved.did) throw new ConnectFailure(`Bluesky does not know the handle ${handle}`);
    return resolved.did;
  }

  private async xrpc<T>(
    pds: string,
    method: string,
    request: { method: 'GET' | 'POST'; query?: Record<string, string>; body?: unknown },
  ): Promise<T> {
    let response: Response;
    try {
      response = await fetch(withQuery(`${pds}/xrpc/${method}`, request.query ?? {}), {
        method: request.method,
        headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch {
      throw new ConnectFailure(`The Bluesky server ${pds} could not be reached`);
    }
    const body = (await response.json().catch(() => ({}))) as T & XrpcError;
    if (response.ok) return body;
    if (
      response.status === 401 ||
      body.error === 'AuthenticationRequired' ||
      body.error === 'AuthFactorTokenRequired'
    ) {
      throw new ConnectFailure(
        'Bluesky refused the handle or app password: check both, and use an app password (Settings → App passwords), not the account password',
      );
    }
    if (body.error === 'InvalidRequest' && method === 'com.atproto.identity.resolveHandle') {
      throw new ConnectFailure(`Bluesky does not know this handle`);
    }
    throw new ConnectFailure(
      `Bluesky answered ${response.status}: ${body.message ?? body.error ?? 'no details'}`,
    );
  }
}
