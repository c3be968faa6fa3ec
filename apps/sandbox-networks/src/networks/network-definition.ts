import { Network } from '@relais/contracts';
import { HttpRouter, NetworkResponse } from '../core/http-router';
import { NetworkFallbacks } from '../core/network-server';
import { Sandbox } from '../state/sandbox';

/** What every network folder builds: its routes and its own answers for what no route handles. */
export interface NetworkDefinition {
  network: Network;
  /** Header carrying the request id on every answer. */
  requestIdHeader: string;
  router: HttpRouter;
  fallbacks: NetworkFallbacks;
}

export interface NetworkContext {
  sandbox: Sandbox;
  /** The base URL clients reach this network at (known once listening). */
  baseUrl: () => string;
}

/** Adds headers to an answer (rate-limit headers on every answer). */
export function withHeaders(response: NetworkResponse, headers: Record<string, string>): NetworkResponse {
  return { ...response, headers: { ...headers, ...response.headers } };
}

/** A string field of a JSON or form body, or null. */
export function stringField(body: Record<string, unknown>, name: string): string | null {
  const value = body[name];
  return typeof value === 'string' ? value : null;
}

/** Code points, as most networks count characters. */
export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** The status a `fail` fault answers when it names none. */
export const DEFAULT_FAIL_STATUS = 503;
