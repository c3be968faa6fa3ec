import { HttpAnswer } from '../../src/networks/http-call';

/** An HTTP answer as `httpCall` returns it, for the pure mapping specs. */
export function answer(status: number, body: unknown, headers: Record<string, string> = {}): HttpAnswer {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    parsed = undefined;
  }
  return { kind: 'answer', status, headers: new Headers(headers), body: parsed, text };
}

export const NOW = new Date('2026-03-10T14:30:00.000Z');
