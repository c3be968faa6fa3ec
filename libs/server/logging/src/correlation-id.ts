import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const CORRELATION_HEADER = 'x-correlation-id';
const VALID = /^[A-Za-z0-9._:-]{1,100}$/;
const ids = new WeakMap<IncomingMessage, string>();

/** The request's correlation id: the caller's `x-correlation-id` when sane, else a new one; stable per request. */
export function correlationIdOf(req: IncomingMessage): string {
  let id = ids.get(req);
  if (!id) {
    const header = req.headers[CORRELATION_HEADER];
    id = typeof header === 'string' && VALID.test(header) ? header : randomUUID();
    ids.set(req, id);
  }
  return id;
}
