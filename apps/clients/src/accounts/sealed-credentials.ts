import { AccountCredentialsPayload } from '@relais/contracts';
import { CredentialsCipher } from './credentials-cipher';
import { SocialAccountEntity } from './social-account.entity';

/** What is encrypted: the tokens. Their expiry stays in clear (`token_expires_at`) for reconnection reminders. */
interface StoredSecret {
  accessToken: string;
  refreshToken: string | null;
}

type CredentialColumns = Pick<
  SocialAccountEntity,
  'credentialsCiphertext' | 'credentialsIv' | 'credentialsTag' | 'credentialsKeyId' | 'tokenExpiresAt'
>;

/** The credential columns of an account, encrypted and bound to the account's id. */
export function sealCredentials(
  cipher: CredentialsCipher,
  accountId: string,
  credentials: AccountCredentialsPayload,
): CredentialColumns {
  const secret: StoredSecret = {
    accessToken: credentials.accessToken,
    refreshToken: credentials.refreshToken ?? null,
  };
  const sealed = cipher.encrypt(JSON.stringify(secret), accountId);
  return {
    credentialsCiphertext: sealed.ciphertext,
    credentialsIv: sealed.iv,
    credentialsTag: sealed.tag,
    credentialsKeyId: sealed.keyId,
    tokenExpiresAt: credentials.expiresAt ? new Date(credentials.expiresAt) : null,
  };
}

export const NO_CREDENTIALS: CredentialColumns = {
  credentialsCiphertext: null,
  credentialsIv: null,
  credentialsTag: null,
  credentialsKeyId: null,
  tokenExpiresAt: null,
};

export function openCredentials(
  cipher: CredentialsCipher,
  account: SocialAccountEntity,
): StoredSecret | null {
  const { credentialsCiphertext, credentialsIv, credentialsTag, credentialsKeyId } = account;
  if (!credentialsCiphertext || !credentialsIv || !credentialsTag || !credentialsKeyId) return null;
  const plaintext = cipher.decrypt(
    { ciphertext: credentialsCiphertext, iv: credentialsIv, tag: credentialsTag, keyId: credentialsKeyId },
    account.id,
  );
  return JSON.parse(plaintext) as StoredSecret;
}
