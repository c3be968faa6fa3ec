import { randomBytes } from 'node:crypto';
import { CredentialsCipher, CredentialsDecryptionError } from './credentials-cipher';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const ACCOUNT = '4f1d8a52-0c1e-4a54-9a6b-2b1f3b1e9c01';
const SECRET = JSON.stringify({ accessToken: 'tok_live_0123456789', refreshToken: 'ref_9876543210' });

describe('CredentialsCipher', () => {
  it('round-trips a secret and records the active key id', () => {
    const cipher = new CredentialsCipher(new Map([['k1', k1]]), 'k1');
    const sealed = cipher.encrypt(SECRET, ACCOUNT);
    expect(sealed.keyId).toBe('k1');
    expect(sealed.iv).toHaveLength(12);
    expect(sealed.tag).toHaveLength(16);
    expect(sealed.ciphertext.toString('utf8')).not.toContain('tok_live');
    expect(cipher.decrypt(sealed, ACCOUNT)).toBe(SECRET);
  });

  it('uses a fresh IV every time', () => {
    const cipher = new CredentialsCipher(new Map([['k1', k1]]), 'k1');
    const a = cipher.encrypt(SECRET, ACCOUNT);
    const b = cipher.encrypt(SECRET, ACCOUNT);
    expect(a.iv.equals(b.iv)).toBe(false);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
  });

  it('decrypts with the stored key id after the active key rotated', () => {
    const before = new CredentialsCipher(new Map([['k1', k1]]), 'k1');
    const sealed = before.encrypt(SECRET, ACCOUNT);
    const after = new CredentialsCipher(
      new Map([
        ['k1', k1],
        ['k2', k2],
      ]),
      'k2',
    );
    expect(after.decrypt(sealed, ACCOUNT)).toBe(SECRET);
    expect(after.encrypt(SECRET, ACCOUNT).keyId).toBe('k2');
  });

  it('refuses a secret whose key is no longer configured', () => {
    const sealed = new CredentialsCipher(new Map([['k1', k1]]), 'k1').encrypt(SECRET, ACCOUNT);
    const other = new CredentialsCipher(new Map([['k2', k2]]), 'k2');
    expect(() => other.decrypt(sealed, ACCOUNT)).toThrow(CredentialsDecryptionError);
  });

  it('refuses a secret decrypted with the wrong key under the same id', () => {
    const sealed = new CredentialsCipher(new Map([['k1', k1]]), 'k1').encrypt(SECRET, ACCOUNT);
    const impostor = new CredentialsCipher(new Map([['k1', k2]]), 'k1');
    expect(() => impostor.decrypt(sealed, ACCOUNT)).toThrow('failed authentication');
  });

  it.each([
    ['ciphertext', (s: { ciphertext: Buffer }) => (s.ciphertext[0] ^= 0x01)],
    ['tag', (s: { tag: Buffer }) => (s.tag[3] ^= 0x80)],
    ['iv', (s: { iv: Buffer }) => (s.iv[11] ^= 0x10)],
  ])('detects a tampered %s', (_part, tamper) => {
    const cipher = new CredentialsCipher(new Map([['k1', k1]]), 'k1');
    const sealed = cipher.encrypt(SECRET, ACCOUNT);
    tamper(sealed);
    expect(() => cipher.decrypt(sealed, ACCOUNT)).toThrow(CredentialsDecryptionError);
  });

  it('refuses a ciphertext moved to another row', () => {
    const cipher = new CredentialsCipher(new Map([['k1', k1]]), 'k1');
    const sealed = cipher.encrypt(SECRET, ACCOUNT);
    expect(() => cipher.decrypt(sealed, '0e3b6c8e-7f5c-4b0a-8d7e-6c0f2b9a1d22')).toThrow(
      CredentialsDecryptionError,
    );
  });

  it('round-trips the one-string form and detects tampering in it', () => {
    const cipher = new CredentialsCipher(new Map([['k1', k1]]), 'k1');
    const sealed = cipher.seal('invitation-token', ACCOUNT);
    expect(sealed.startsWith('k1.')).toBe(true);
    expect(cipher.unseal(sealed, ACCOUNT)).toBe('invitation-token');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('something else').toString('base64url');
    expect(() => cipher.unseal(parts.join('.'), ACCOUNT)).toThrow(CredentialsDecryptionError);
    expect(() => cipher.unseal('k1.only-two', ACCOUNT)).toThrow(CredentialsDecryptionError);
  });

  it('refuses a configuration whose key has the wrong size or whose active key is missing', () => {
    expect(() => new CredentialsCipher(new Map([['k1', randomBytes(16)]]), 'k1')).toThrow('32 bytes');
    expect(() => new CredentialsCipher(new Map([['k1', k1]]), 'k9')).toThrow('k9');
  });
});
