import { createHash } from 'node:crypto';
import { MediaKindRule, NetworkName, rulesFor } from '@relais/network-rules';

/** Raised when the way renditions are encoded changes: every cached rendition is made again. */
const ENCODER_VERSION = 1;

/** JPEG qualities tried in turn while a rendition is over the network's byte limit. */
export const JPEG_QUALITIES: readonly number[] = [88, 80, 72, 64, 56, 48];
/** Each further try after the lowest quality shrinks both sides by this factor. */
export const DOWNSCALE_STEP = 0.8;
/** The quality used while downscaling. */
export const DOWNSCALE_QUALITY = 72;
/** Below this many pixels on the long side, downscaling stops (the byte limits are far above it). */
export const MIN_LONG_SIDE = 64;

/**
 * The version of a network's renditions: a digest of its media rules and of the encoder's version. A
 * rendition is cached under it, so a change of the network's limits makes new renditions.
 */
export function renditionVersion(network: NetworkName): string {
  const rules = JSON.stringify({ media: rulesFor(network).media, encoder: ENCODER_VERSION });
  return createHash('sha256').update(rules).digest('hex').slice(0, 12);
}

/**
 * The type an image rendition is encoded to: its own when the network takes it, else JPEG (or PNG when
 * the network takes no JPEG). A GIF stays a GIF (animated) only where the network takes GIFs.
 */
export function renditionImageType(contentType: string, rule: MediaKindRule | null): string {
  if (rule?.contentTypes.includes(contentType)) return contentType;
  if (!rule || rule.contentTypes.includes('image/jpeg')) return 'image/jpeg';
  return rule.contentTypes.find((type) => type === 'image/png') ?? 'image/jpeg';
}

/** The size to scale to so that `width × height` is at most `maxPixels` (unchanged when it already is). */
export function fitPixels(
  width: number,
  height: number,
  maxPixels: number | undefined,
): { width: number; height: number } {
  if (maxPixels === undefined || width * height <= maxPixels) return { width, height };
  const scale = Math.sqrt(maxPixels / (width * height));
  return {
    width: Math.max(1, Math.floor(width * scale)),
    height: Math.max(1, Math.floor(height * scale)),
  };
}
