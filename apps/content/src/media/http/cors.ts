import type { Request, Response } from 'express';

export interface CorsRule {
  /** Exact origins (scheme, host and port) allowed, from `CORS_ORIGINS`. */
  origins: readonly string[];
  methods: readonly string[];
  /** Request headers the browser may send. */
  headers: readonly string[];
  /** How long the browser may remember a preflight answer (seconds). */
  maxAgeSeconds?: number;
}

/**
 * Adds the CORS headers for a request from an allowed origin (an unknown origin gets none, so the
 * browser refuses the answer). Answers `true` when the request was a preflight and has been answered.
 */
export function applyCors(req: Request, res: Response, rule: CorsRule): boolean {
  res.vary('Origin');
  const origin = req.headers.origin;
  const allowed = typeof origin === 'string' && rule.origins.includes(origin);
  if (allowed) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', 'Content-Length, Content-Range, ETag');
  }
  if (req.method !== 'OPTIONS') return false;
  if (allowed) {
    res.setHeader('Access-Control-Allow-Methods', rule.methods.join(', '));
    res.setHeader('Access-Control-Allow-Headers', rule.headers.join(', '));
    res.setHeader('Access-Control-Max-Age', String(rule.maxAgeSeconds ?? 600));
  }
  res.status(allowed ? 204 : 403).end();
  return true;
}
