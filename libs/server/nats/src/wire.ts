import { Envelope, ErrorBody, ErrorCode, isErrorBody } from '@relais/contracts';
import { RemoteError } from '@relais/server-errors';
import { randomUUID } from 'node:crypto';

/** The `@nestjs/microservices` NATS request packet. */
export interface RequestPacket {
  pattern: string;
  data: { envelope: Envelope; data: unknown };
  id: string;
}

/** The `@nestjs/microservices` NATS reply packet. */
export interface ReplyPacket {
  id?: string;
  response?: unknown;
  err?: unknown;
  isDisposed?: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeRequest(subject: string, envelope: Envelope, data: unknown): Uint8Array {
  const packet: RequestPacket = { pattern: subject, data: { envelope, data }, id: randomUUID() };
  return encoder.encode(JSON.stringify(packet));
}

export function encodeReply(packet: ReplyPacket): Uint8Array {
  return encoder.encode(JSON.stringify(packet));
}

/** The service a subject belongs to: its first segment (`clients.brand.get` → `clients`). */
export function serviceOf(subject: string): string {
  return subject.split('.')[0] || subject;
}

export function unavailable(service: string): RemoteError {
  return new RemoteError({
    code: ErrorCode.ServiceUnavailable,
    message: `The ${service} service is unavailable, try again in a moment`,
  });
}

export function tooSlow(service: string): RemoteError {
  return new RemoteError({
    code: ErrorCode.ServiceUnavailable,
    message: `The ${service} service did not answer in time, try again in a moment`,
  });
}

const INTERNAL: ErrorBody = { code: ErrorCode.Internal, message: 'Internal server error' };

/** The reply's response, or the `RemoteError` its `err` stands for. */
export function readReply<T>(bytes: Uint8Array): T {
  let packet: ReplyPacket;
  try {
    packet = JSON.parse(decoder.decode(bytes)) as ReplyPacket;
  } catch {
    throw new RemoteError(INTERNAL);
  }
  if (typeof packet !== 'object' || packet === null) throw new RemoteError(INTERNAL);
  if (packet.err !== undefined && packet.err !== null) {
    throw new RemoteError(isErrorBody(packet.err) ? packet.err : INTERNAL);
  }
  return packet.response as T;
}
