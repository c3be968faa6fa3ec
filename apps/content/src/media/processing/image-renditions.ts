import sharp, { Sharp } from 'sharp';
import { MediaKind } from '@relais/contracts';
import { NetworkRules } from '@relais/network-rules';
import {
  DOWNSCALE_QUALITY,
  DOWNSCALE_STEP,
  fitPixels,
  JPEG_QUALITIES,
  MIN_LONG_SIDE,
  renditionImageType,
} from './rendition-plan';

/** An encoded image and what it is. */
export interface EncodedImage {
  bytes: Buffer;
  contentType: string;
  width: number;
  height: number;
}

/** The image's bytes cannot be decoded (damaged, cut short, or not the image they claim to be). */
export class UndecodableImageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UndecodableImageError';
  }
}

/** Quality of the clean master: it is encoded once, every rendition starts from it. */
const MASTER_QUALITY = 92;

function isAnimatable(contentType: string): boolean {
  return contentType === 'image/gif' || contentType === 'image/webp';
}

/** Encodes to `contentType`. Sharp writes no metadata unless asked: EXIF, GPS, XMP and comments are left out. */
function encode(image: Sharp, contentType: string, quality: number): Sharp {
  switch (contentType) {
    case 'image/png':
      return image.png({ compressionLevel: 9 });
    case 'image/webp':
      return image.webp({ quality });
    case 'image/gif':
      return image.gif();
    default:
      // JPEG has no transparency: transparent parts become white rather than black.
      return image.flatten({ background: '#ffffff' }).jpeg({ quality });
  }
}

export async function measureImage(bytes: Buffer, contentType: string): Promise<EncodedImage> {
  const meta = await sharp(bytes, { animated: isAnimatable(contentType) }).metadata();
  return { bytes, contentType, width: meta.width, height: meta.pageHeight ?? meta.height };
}

/**
 * The clean master of an uploaded image: decoded in full (a damaged file fails here), turned upright
 * by its EXIF orientation, written again in its own format without any metadata. Animated GIFs and
 * WebPs keep their frames.
 */
export async function cleanImage(original: Buffer, contentType: string): Promise<EncodedImage> {
  try {
    const image = sharp(original, { animated: isAnimatable(contentType), failOn: 'warning' }).autoOrient();
    const bytes = await encode(image, contentType, MASTER_QUALITY).toBuffer();
    return await measureImage(bytes, contentType);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UndecodableImageError(reason ?? 'the image cannot be decoded');
  }
}

/**
 * The rendition of a clean master for a network: in a type the network takes (WebP becomes JPEG where
 * refused; a GIF stays animated where GIFs are taken, else its first frame becomes a still image),
 * within its pixel limit, then within its byte limit: JPEG at decreasing qualities, then smaller and
 * smaller. It never gives up: some size always fits.
 */
export async function imageRendition(
  master: EncodedImage,
  kind: MediaKind,
  rules: NetworkRules,
): Promise<EncodedImage> {
  const gifRule =
    kind === MediaKind.Gif && rules.media.kinds.gif?.contentTypes.includes('image/gif')
      ? rules.media.kinds.gif
      : null;
  const rule = gifRule ?? rules.media.kinds.image;
  const animated = gifRule !== null && master.contentType === 'image/gif';
  const maxBytes = rule?.maxBytes ?? Number.POSITIVE_INFINITY;
  let type = animated ? 'image/gif' : renditionImageType(master.contentType, rule);
  let size = fitPixels(master.width, master.height, rule?.maxPixels);

  const render = async (contentType: string, quality: number, width: number, height: number) => {
    let image = sharp(master.bytes, { animated });
    if (width !== master.width || height !== master.height)
      image = image.resize(width, height, { fit: 'fill' });
    return measureImage(await encode(image, contentType, quality).toBuffer(), contentType);
  };

  const unchanged =
    type === master.contentType && size.width === master.width && size.height === master.height;
  if (unchanged && master.bytes.length <= maxBytes) return master;
  let best = await render(type, JPEG_QUALITIES[0] ?? 85, size.width, size.height);
  if (best.bytes.length <= maxBytes) return best;

  // Over the limit: lossy JPEG (where taken), lower and lower quality, then fewer pixels.
  if (!animated && rule?.contentTypes.includes('image/jpeg')) type = 'image/jpeg';
  if (type === 'image/jpeg') {
    for (const quality of JPEG_QUALITIES) {
      best = await render(type, quality, size.width, size.height);
      if (best.bytes.length <= maxBytes) return best;
    }
  }
  while (Math.max(size.width, size.height) > MIN_LONG_SIDE) {
    // Bytes go roughly with pixels: aim a little under the limit, and shrink at least one step.
    const scale = Math.min(DOWNSCALE_STEP, Math.sqrt(maxBytes / best.bytes.length) * 0.95);
    size = {
      width: Math.max(1, Math.floor(size.width * scale)),
      height: Math.max(1, Math.floor(size.height * scale)),
    };
    best = await render(type, DOWNSCALE_QUALITY, size.width, size.height);
    if (best.bytes.length <= maxBytes) return best;
  }
  return best;
}
