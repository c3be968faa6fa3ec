import { MEDIA_CONTENT_TYPES } from '@relais/contracts';
import { badInput, conflict, DomainException } from '@relais/server-errors';
import { describeContentType } from './processing/content-types';
import { AUDIO_CODECS, VIDEO_CODECS } from './processing/video-probe';

/** Megabytes with at most one decimal, for messages: 536870912 → "512 MB". */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

export function tooLarge(sizeBytes: number, maxBytes: number): DomainException {
  return badInput(
    [
      {
        field: 'sizeBytes',
        message: `the file is ${megabytes(sizeBytes)}; the media library takes files up to ${megabytes(maxBytes)} (MEDIA_MAX_BYTES)`,
        constraint: 'max',
        params: { max: maxBytes, actual: sizeBytes },
      },
    ],
    'This file is too large',
  );
}

/** The bytes are not what was declared: says what they really are. */
export function typeMismatch(
  declared: string,
  detected: string | null,
  extension: string | null,
): DomainException {
  if (!detected || !(detected in MEDIA_CONTENT_TYPES)) {
    const what = detected
      ? `a ${describeContentType(detected, extension ?? undefined)} (${detected})`
      : 'of no type the library knows';
    return badInput(
      [
        {
          field: 'contentType',
          message: `the file is ${what}, though it was declared ${declared}: the library takes JPEG, PNG, WebP, GIF, MP4 and QuickTime files`,
          constraint: 'unsupportedType',
          params: { declared, ...(detected ? { detected } : {}) },
        },
      ],
      'This file is of a type the media library does not take',
    );
  }
  return badInput(
    [
      {
        field: 'contentType',
        message: `the file is a ${describeContentType(detected)} (${detected}), not ${declared} as declared: its bytes must match its type`,
        constraint: 'typeMismatch',
        params: { declared, detected },
      },
    ],
    'The file is not what it claims to be',
  );
}

/** The file's name says another type than its bytes (`photo.png` holding a JPEG). */
export function extensionMismatch(fileName: string, detected: string): DomainException {
  return badInput(
    [
      {
        field: 'fileName',
        message: `"${fileName}" is named as another type, but the file is a ${describeContentType(detected)} (${detected}): rename it or upload the right file`,
        constraint: 'extensionMismatch',
        params: { fileName, detected },
      },
    ],
    'The file is not what its name says',
  );
}

export function emptyFile(): DomainException {
  return badInput(
    [
      {
        field: 'sizeBytes',
        message: 'the file is empty (0 bytes)',
        constraint: 'min',
        params: { min: 1, actual: 0 },
      },
    ],
    'This file is empty',
  );
}

export function unsupportedCodec(track: 'video' | 'audio', codec: string): DomainException {
  const accepted = Object.values(track === 'video' ? VIDEO_CODECS : AUDIO_CODECS).join(' or ');
  return badInput(
    [
      {
        field: 'contentType',
        message: `the ${track} is encoded as ${codec}, which the networks do not all take: export it as ${accepted}`,
        constraint: 'unsupportedCodec',
        params: { track, codec, accepted },
      },
    ],
    'This video is encoded in a way the networks do not take',
  );
}

export function unreadable(contentType: string, reason: string): DomainException {
  return badInput(
    [
      {
        field: 'contentType',
        message: `the ${describeContentType(contentType)} cannot be read (${reason}); it may be damaged or cut short`,
        constraint: 'unreadable',
        params: { contentType },
      },
    ],
    'The file cannot be read',
  );
}

export function notUploaded(): DomainException {
  return conflict('The file has not been uploaded yet: send it to the upload URL first');
}

/** A fetched file that had to be a picture (JPEG, PNG, WebP or GIF) is something else. */
export function notAPicture(detected: string | null, extension: string | null): DomainException {
  const what = detected
    ? `a ${describeContentType(detected, extension ?? undefined)} (${detected})`
    : 'of no type the library knows';
  return badInput(
    [
      {
        field: 'contentType',
        message: `the file is ${what}: only JPEG, PNG, WebP and GIF pictures are taken here`,
        constraint: 'notAPicture',
        params: detected ? { detected } : {},
      },
    ],
    'This file is not a picture',
  );
}
