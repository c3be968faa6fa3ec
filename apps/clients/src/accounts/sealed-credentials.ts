import { AccountCredentialsPayload } from '@relais/contracts';
import { AccountConnectionEntity } from './account-connection.entity';
import { CredentialsCipher } from './credentials-cipher';

/** What is encrypted: the tokens. Their expiry stays in clear (`token_expires_at`) for reconnection reminders. */
export interface StoredSecret {
  accessToken: string;
  refreshToken: string | null;
}

type CredentialColumns = Pick<
  AccountConnectionEntity,
  'credentialsCiphertext' | 'credentialsIv' | 'credentialsTag' | 'credentialsKeyId' | 'tokenExpiresAt'
>;

/** The credential columns of a connection, encrypted and bound to the connection's id. */
export function sealCredentials(
  cipher: CredentialsCipher,
  connectionId: string,
  credentials: AccountCredentialsPayload,
): CredentialColumns {
  const secret: StoredSecret = {
    accessToken: credentials.accessToken,
    refreshToken: credentials.refreshToken ?? null,
  };
  const sealed = cipher.encrypt(JSON.stringify(secret), connectionId);
  return {
    credentialsCiphertext: sealed.ciphertext,
    credentialsIv: sealed.iv,
    credentialsTag: sealed.tag,
    credentialsKeyId: sealed.keyId,
    tokenExpiresAt: credentials.expiresAt ? new Date(credentials.expiresAt) : null,
  };
}

export function openCredentials(
  cipher: CredentialsCipher,
  connection: AccountConnectionEntity,
): StoredSecret {
  const plaintext = cipher.decrypt(
    {
      ciphertext: connection.credentialsCiphertext,
      iv: connection.credentialsIv,
      tag: connection.credentialsTag,
      keyId: connection.credentialsKeyId,
    },
    connection.id,
  );
  return JSON.parse(plaintext) as StoredSecret;
}
