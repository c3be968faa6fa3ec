/** How many leading bytes `sniffContentType` needs. */
export const SNIFF_BYTES = 32;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Top-level atoms an old QuickTime file (without `ftyp`) may start with. */
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

function startsWith(bytes: Buffer, signature: number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Buffer, start: number, end: number): string {
  return bytes.subarray(start, end).toString('latin1');
}

/** The ISO base media brand of a file starting with an `ftyp` box: QuickTime (`qt  `) or MP4. */
function isoMediaType(bytes: Buffer): string | null {
  const brand = ascii(bytes, 8, 12);
  if (brand.length < 4) return null;
  if (brand === 'qt  ') return 'video/quicktime';
  // Still images in an ISO container (HEIC, AVIF) are not videos.
  if (/^(heic|heix|hevc|heim|heis|mif1|msf1|avif|avis)$/.test(brand)) return null;
  return 'video/mp4';
}

/**
 * The real type of a file from its first bytes (magic numbers), among the types the library accepts;
 * null for anything else. The declared type and the file name are never trusted.
 */
export function sniffContentType(head: Buffer): string | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, PNG)) return 'image/png';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  const atom = ascii(head, 4, 8);
  if (atom === 'ftyp') return isoMediaType(head);
  if (head.length >= 8 && QUICKTIME_ATOMS.has(atom)) return 'video/quicktime';
  return null;
}

const NAMES: Readonly<Record<string, string>> = {
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'video/mp4': 'MP4 video',
  'video/quicktime': 'QuickTime video',
};

/** A short human name of a content type, for messages: `image/png` → `PNG image`. */
export function describeContentType(contentType: string | null): string {
  return (contentType && NAMES[contentType]) ?? 'file of an unsupported type';
}
