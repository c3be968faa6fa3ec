import { MediaTokens } from './media-tokens';

const SECRET = 'a-signing-secret-of-at-least-32-characters';
const NOW = 1_800_000_000;
const upload = {
  mediaId: '6f1c7d1e-5a0b-4c39-9d55-0c6c1e0e7a11',
  agencyId: '0b0f3d1e-1a0b-4c39-9d55-0c6c1e0e7a12',
  brandId: '1c2f3d1e-1a0b-4c39-9d55-0c6c1e0e7a13',
  storageKey: 'a/b/uploads/c',
  contentType: 'image/png',
  maxBytes: 1000,
  expiresAt: NOW + 60,
};
const download = { storageKey: 'a/b/c', contentType: 'image/png', fileName: 'été.png', expiresAt: NOW + 60 };

describe('MediaTokens', () => {
  const tokens = new MediaTokens(SECRET);

  it('round-trips upload and download grants', () => {
    expect(tokens.verifyUpload(tokens.signUpload(upload), NOW)).toEqual({ ok: true, grant: upload });
    expect(tokens.verifyDownload(tokens.signDownload(download), NOW)).toEqual({ ok: true, grant: download });
  });

  it('refuses an expired token', () => {
    expect(tokens.verifyDownload(tokens.signDownload(download), NOW + 60)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses a token whose claims or signature were changed', () => {
    const token = tokens.signDownload(download);
    const [body, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const changed = Buffer.from(JSON.stringify({ ...claims, k: 'other/brand/file' })).toString('base64url');
    expect(tokens.verifyDownload(`${changed}.${signature}`, NOW)).toEqual({ ok: false, reason: 'forged' });
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(tokens.verifyDownload(`${body}.${flipped}`, NOW)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses a token signed with another secret', () => {
    const other = new MediaTokens('another-signing-secret-of-32-characters!');
    expect(tokens.verifyDownload(other.signDownload(download), NOW)).toEqual({ ok: false, reason: 'forged' });
  });

  it('never takes an upload token for a download, or the reverse', () => {
    expect(tokens.verifyDownload(tokens.signUpload(upload), NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(tokens.verifyUpload(tokens.signDownload(download), NOW)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it.each(['', 'abc', 'a.b.c', `${'x'.repeat(10)}.${'y'.repeat(43)}`])(
    'refuses the malformed token %j',
    (token) => {
      expect(tokens.verifyDownload(token, NOW).ok).toBe(false);
    },
  );
});
