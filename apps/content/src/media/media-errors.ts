import { badInput, conflict, DomainException } from '@relais/server-errors';
import { describeContentType } from './file-sniffer';

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

export function typeMismatch(declared: string, detected: string | null): DomainException {
  if (!detected) {
    return badInput(
      [
        {
          field: 'contentType',
          message: `the file's bytes are not a JPEG, PNG, WebP, GIF, MP4 or QuickTime file, though it was declared ${declared}`,
          constraint: 'unsupportedType',
          params: { declared },
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
