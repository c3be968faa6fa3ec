import { extname } from 'node:path';

const NAMES: Readonly<Record<string, string>> = {
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'video/mp4': 'MP4 video',
  'video/quicktime': 'QuickTime video',
};

/** The file name extensions each accepted type goes by (lower case, without the dot). */
const EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'video/mp4': ['mp4', 'm4v'],
  'video/quicktime': ['mov', 'qt'],
};

/** The extension a rendition of the type is named with. */
const RENDITION_EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
};

/**
 * A short human name of a content type, for messages: `image/png` → `PNG image`; a type the library
 * does not take is named by its detected extension when there is one (`application/pdf`, `pdf` → `PDF file`).
 */
export function describeContentType(contentType: string | null, extension?: string): string {
  if (contentType && NAMES[contentType]) return NAMES[contentType];
  if (extension) return `${extension.toUpperCase()} file`;
  return 'file of an unsupported type';
}

/** The extension of a file name, lower case without the dot; null when it has none. */
export function extensionOf(fileName: string): string | null {
  const extension = extname(fileName.trim()).slice(1).toLowerCase();
  return extension.length > 0 ? extension : null;
}

/**
 * Whether the file's name says it is another accepted type than its bytes (`photo.png` holding a JPEG).
 * A name without extension, or with one the library does not know, says nothing.
 */
export function extensionContradicts(fileName: string, contentType: string): boolean {
  const extension = extensionOf(fileName);
  if (!extension) return false;
  const claimed = Object.entries(EXTENSIONS).find(([, extensions]) => extensions.includes(extension));
  return claimed !== undefined && claimed[0] !== contentType;
}

/** `Beach day.heic.png` with a JPEG rendition → `Beach day.heic.jpg`. */
export function renditionFileName(fileName: string, contentType: string): string {
  const extension = RENDITION_EXTENSIONS[contentType];
  if (!extension) return fileName;
  const current = extname(fileName);
  const base = current ? fileName.slice(0, -current.length) : fileName;
  return `${base || 'file'}.${extension}`;
}
