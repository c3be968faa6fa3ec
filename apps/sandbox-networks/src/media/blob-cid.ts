import { createCid, RAW_DATA_CODEC, SHA256_HASH_CODE } from '@atproto/lex-data';

/** The CID of a blob as a PDS names it: CIDv1, raw codec, sha-256 of the bytes. */
export function blobCid(sha256: Uint8Array): string {
  return createCid(RAW_DATA_CODEC, SHA256_HASH_CODE, sha256).toString();
}
