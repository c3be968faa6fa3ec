import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a signed upload URL allows: one file, for one pending media row, up to its declared size. */
export interface UploadGrant {
  mediaId: string;
  agencyId: string;
  brandId: string;
  storageKey: string;
  contentType: string;
  maxBytes: number;
  /** Unix seconds. */
  expiresAt: number;
}

/** What a signed download URL allows: reading one stored file, as the given type and name. */
export interface DownloadGrant {
  storageKey: string;
  contentType: string;
  fileName: string;
  /** Unix seconds. */
  expiresAt: number;
}

export type TokenRefusal = 'malformed' | 'forged' | 'expired';

export type Verified<T> = { ok: true; grant: T } | { ok: false; reason: TokenRefusal };

/** Separates these signatures from any other made with the same secret (review links). */
const PURPOSE_KEY = 'relais.media.v1';

interface UploadClaims {
  p: 'u';
  m: string;
  a: string;
  b: string;
  k: string;
  t: string;
  s: number;
  e: number;
}

interface DownloadClaims {
  p: 'd';
  k: string;
  t: string;
  n: string;
  e: number;
}

type Claims = UploadClaims | DownloadClaims;

/**
 * Signs and checks the tokens of media URLs: `<claims as base64url JSON>.<HMAC-SHA256 as base64url>`,
 * with a key derived from `SIGNING_SECRET` for this purpose only. An upload token is never accepted as a
 * download token, or the reverse.
 */
export class MediaTokens {
  private readonly key: Buffer;

  constructor(signingSecret: string) {
    this.key = createHmac('sha256', signingSecret).update(PURPOSE_KEY).digest();
  }

  signUpload(grant: UploadGrant): string {
    return this.sign({
      p: 'u',
      m: grant.mediaId,
      a: grant.agencyId,
      b: grant.brandId,
      k: grant.storageKey,
      t: grant.contentType,
      s: grant.maxBytes,
      e: grant.expiresAt,
    });
  }

  signDownload(grant: DownloadGrant): string {
    return this.sign({
      p: 'd',
      k: grant.storageKey,
      t: grant.contentType,
      n: grant.fileName,
      e: grant.expiresAt,
    });
  }

  verifyUpload(token: string, nowSeconds: number): Verified<UploadGrant> {
    const checked = this.verify(token, nowSeconds, 'u');
    if (!checked.ok) return checked;
    const c = checked.grant as UploadClaims;
    return {
      ok: true,
      grant: {
        mediaId: c.m,
        agencyId: c.a,
        brandId: c.b,
        storageKey: c.k,
        contentType: c.t,
        maxBytes: c.s,
        expiresAt: c.e,
      },
    };
  }

  verifyDownload(token: string, nowSeconds: number): Verified<DownloadGrant> {
    const checked = this.verify(token, nowSeconds, 'd');
    if (!checked.ok) return checked;
    const c = checked.grant as DownloadClaims;
    return { ok: true, grant: { storageKey: c.k, contentType: c.t, fileName: c.n, expiresAt: c.e } };
  }

  private sign(claims: Claims): string {
    const body = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  private mac(body: string): Buffer {
    return createHmac('sha256', this.key).update(body).digest();
  }

  private verify(token: string, nowSeconds: number, purpose: Claims['p']): Verified<Claims> {
    const match = /^([A-Za-z0-9_-]{1,4096})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return { ok: false, reason: 'malformed' };
    const [, body, signature] = match;
    const expected = this.mac(body);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { ok: false, reason: 'forged' };
    }
    let claims: unknown;
    try {
      claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (!isClaims(claims) || claims.p !== purpose) return { ok: false, reason: 'malformed' };
    if (claims.e <= nowSeconds) return { ok: false, reason: 'expired' };
    return { ok: true, grant: claims };
  }
}

function isClaims(value: unknown): value is Claims {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const strings = (...keys: string[]) => keys.every((key) => typeof v[key] === 'string');
  if (typeof v['e'] !== 'number') return false;
  if (v['p'] === 'u') return strings('m', 'a', 'b', 'k', 't') && typeof v['s'] === 'number';
  if (v['p'] === 'd') return strings('k', 't', 'n');
  return false;
}
