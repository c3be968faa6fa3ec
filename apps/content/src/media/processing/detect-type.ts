import { fileTypeFromBuffer } from 'file-type';

/** How many leading bytes `detectType` reads (what `file-type` needs for the types it knows). */
export const DETECT_BYTES = 4100;

/** A type found in a file's bytes: its MIME type and usual extension. */
export interface DetectedType {
  mime: string;
  extension: string;
}

/** The aliases `file-type` answers for the library's own types. */
const SAME_AS: Readonly<Record<string, string>> = { 'video/x-m4v': 'video/mp4' };

/**
 * The real type of a file from its first bytes (`file-type`'s magic numbers), whatever its name or
 * declared type says; null when it is none `file-type` knows.
 */
export async function detectType(head: Buffer): Promise<DetectedType | null> {
  const found = await fileTypeFromBuffer(head);
  if (!found) return null;
  return { mime: SAME_AS[found.mime] ?? found.mime, extension: found.ext };
}
