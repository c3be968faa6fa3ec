import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** A secret encrypted with AES-256-GCM, with the id of the key that encrypted it. */
export interface SealedSecret {
  ciphertext: Buffer;
  iv: Buffer;
  tag: Buffer;
  keyId: string;
}

export class CredentialsDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialsDecryptionError';
  }
}

/**
 * Encrypts secrets at rest (social account tokens, invitation links) with AES-256-GCM. New secrets use
 * the active key; each secret keeps the id of its key so that older keys keep decrypting after a
 * rotation. The associated data binds a ciphertext to its row: moved to another row, it no longer
 * decrypts.
 */
export class CredentialsCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(
    keys: ReadonlyMap<string, Buffer>,
    private readonly activeKeyId: string,
  ) {
    for (const [id, key] of keys) {
      if (key.length !== KEY_BYTES) throw new Error(`Credentials key ${id} must be ${KEY_BYTES} bytes`);
    }
    if (!keys.has(activeKeyId))
      throw new Error(`The active credentials key ${activeKeyId} is not configured`);
    this.keys = keys;
  }

  encrypt(plaintext: string, associatedData: string): SealedSecret {
    const key = this.keys.get(this.activeKeyId) as Buffer;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { ciphertext, iv, tag: cipher.getAuthTag(), keyId: this.activeKeyId };
  }

  decrypt(sealed: SealedSecret, associatedData: string): string {
    const key = this.keys.get(sealed.keyId);
    if (!key) throw new CredentialsDecryptionError(`Unknown credentials key ${sealed.keyId}`);
    if (sealed.iv.length !== IV_BYTES || sealed.tag.length !== TAG_BYTES) {
      throw new CredentialsDecryptionError('Malformed encrypted credentials');
    }
    try {
      const decipher = createDecipheriv(ALGORITHM, key, sealed.iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(associatedData, 'utf8'));
      decipher.setAuthTag(sealed.tag);
      return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new CredentialsDecryptionError('Encrypted credentials failed authentication');
    }
  }

  /** One-string form (`keyId.iv.tag.ciphertext`, base64url parts) for a secret kept in a single column. */
  seal(plaintext: string, associatedData: string): string {
    const sealed = this.encrypt(plaintext, associatedData);
    return [
      sealed.keyId,
      sealed.iv.toString('base64url'),
      sealed.tag.toString('base64url'),
      sealed.ciphertext.toString('base64url'),
    ].join('.');
  }

  unseal(value: string, associatedData: string): string {
    const parts = value.split('.');
    if (parts.length !== 4) throw new CredentialsDecryptionError('Malformed sealed secret');
    const [keyId, iv, tag, ciphertext] = parts as [string, string, string, string];
    return this.decrypt(
      {
        keyId,
        iv: Buffer.from(iv, 'base64url'),
        tag: Buffer.from(tag, 'base64url'),
        ciphertext: Buffer.from(ciphertext, 'base64url'),
      },
      associatedData,
    );
  }
}
