import type { ConnectionOptions } from 'nats';

export const NATS_MODULE_OPTIONS = Symbol('NATS_MODULE_OPTIONS');

export interface NatsTransportOptions {
  /** One or more comma-separated server URLs. */
  url: string;
  /** The service name: the queue group every handler joins, and the connection name. */
  service: string;
  /** Prepended to every subject (`t1a2b.` in tests, `staging.` to share a server). */
  subjectPrefix?: string;
}

export interface NatsModuleOptions extends NatsTransportOptions {
  /** How long a request may wait for its answer (default 5000 ms). */
  requestTimeoutMs?: number;
  /** How long startup waits for a first connection before going on without it (default 5000 ms). */
  startupWaitMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 5000;

/** Connection settings shared by the transport and the client: reconnect forever, wait for the first. */
export function connectionOptions(url: string, service: string): ConnectionOptions {
  return {
    servers: url.split(',').map((server) => server.trim()),
    name: service,
    maxReconnectAttempts: -1,
    waitOnFirstConnect: true,
    reconnectTimeWait: 1000,
    pingInterval: 20_000,
  };
}
