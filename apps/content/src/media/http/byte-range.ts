import { ByteRange } from '../storage/media-storage';

/**
 * The single range of an HTTP `Range` header (`bytes=0-99`, `bytes=100-`, `bytes=-100`), clamped to the
 * file; `null` when there is no usable header (the whole file is sent), `'unsatisfiable'` for a range
 * outside the file. Several ranges at once are answered with the whole file, which HTTP allows.
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from, to] = match;
  if (from === '' && to === '') return null;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}
