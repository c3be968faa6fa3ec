import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { tid } from '../../core/ids';
import { ItemDeque } from '../../listening/item-deque';

/** A record created in a repo, as Jetstream relays it. */
export interface CommitCreate {
  did: string;
  collection: string;
  rkey: string;
  record: unknown;
  cid: string;
}

interface JetstreamEvent {
  timeUs: number;
  did: string;
  collection: string;
  /** The message as sent. */
  json: string;
}

interface Subscriber {
  socket: WebSocket;
  collections: string[];
  dids: Set<string>;
  /** time_us of the last event sent (or the cursor it asked for, minus one). */
  position: number;
  catchingUp: boolean;
}

export interface JetstreamOptions {
  /** Events kept for replay from a cursor. */
  bufferSize?: number;
  /** Bytes a client may leave unread before it is dropped with close code 1008. */
  maxBufferedBytes?: number;
}

const DEFAULT_BUFFER = 100_000;
const DEFAULT_MAX_BUFFERED = 8 * 1024 * 1024;
const REPLAY_BATCH = 500;

/**
 * Bluesky's Jetstream on its own port: `GET /subscribe?wantedCollections=...&wantedDids=...&cursor=<time_us>`
 * upgrades to a WebSocket of JSON commit events. A cursor replays from that instant out of a bounded
 * buffer, then the stream goes live. Replay waits while the client reads slowly; a live client that
 * leaves more than the bound unread is dropped (1008), so no client holds unbounded memory.
 */
export class JetstreamServer {
  private readonly events = new ItemDeque<JetstreamEvent>();
  private readonly subscribers = new Set<Subscriber>();
  private readonly server: Server;
  private readonly sockets: WebSocketServer;
  private lastTimeUs = 0;
  private readonly bufferSize: number;
  private readonly maxBuffered: number;

  constructor(options: JetstreamOptions = {}) {
    this.bufferSize = options.bufferSize ?? DEFAULT_BUFFER;
    this.maxBuffered = options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED;
    this.sockets = new WebSocketServer({ noServer: true });
    this.server = createServer((_req, res) => {
      res.writeHead(426, { 'content-type': 'text/plain' }).end('Use a WebSocket on /subscribe');
    });
    this.server.on('upgrade', (req, socket, head) => this.upgrade(req, socket, head));
  }

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve((this.server.address() as AddressInfo).port);
      });
    });
  }

  async close(): Promise<void> {
    for (const subscriber of this.subscribers) subscriber.socket.terminate();
    this.subscribers.clear();
    await new Promise<void>((resolve) => this.sockets.close(() => resolve()));
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Relays a created record to the subscribers that want it. */
  publish(commit: CommitCreate, now = Date.now()): number {
    this.lastTimeUs = Math.max(this.lastTimeUs + 1, now * 1000);
    const timeUs = this.lastTimeUs;
    const json = JSON.stringify({
      did: commit.did,
      time_us: timeUs,
      kind: 'commit',
      commit: {
        rev: tid(now),
        operation: 'create',
        collection: commit.collection,
        rkey: commit.rkey,
        record: commit.record,
        cid: commit.cid,
      },
    });
    const event: JetstreamEvent = { timeUs, did: commit.did, collection: commit.collection, json };
    this.events.push(event);
    while (this.events.length > this.bufferSize) this.events.shift();
    for (const subscriber of this.subscribers) {
      if (subscriber.catchingUp) continue;
      if (subscriber.socket.bufferedAmount > this.maxBuffered) {
        this.drop(subscriber);
        continue;
      }
      this.send(subscriber, event);
    }
    return timeUs;
  }

  /** Forgets the replay buffer (clients stay connected). */
  clear(): void {
    while (this.events.shift());
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://jetstream');
    if (url.pathname !== '/subscribe') {
      socket.end('HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    this.sockets.handleUpgrade(req, socket, head, (ws) => {
      const cursor = Number(url.searchParams.get('cursor') ?? '');
      const subscriber: Subscriber = {
        socket: ws,
        collections: url.searchParams.getAll('wantedCollections'),
        dids: new Set(url.searchParams.getAll('wantedDids')),
        position: Number.isSafeInteger(cursor) && cursor > 0 ? cursor - 1 : this.lastTimeUs,
        catchingUp: Number.isSafeInteger(cursor) && cursor > 0,
      };
      this.subscribers.add(subscriber);
      ws.on('close', () => this.subscribers.delete(subscriber));
      ws.on('error', () => this.subscribers.delete(subscriber));
      if (subscriber.catchingUp) this.replay(subscriber);
    });
  }

  /** Sends the buffered events after the client's position in batches, pausing while it reads slowly. */
  private replay(subscriber: Subscriber): void {
    if (!this.subscribers.has(subscriber)) return;
    if (subscriber.socket.bufferedAmount > this.maxBuffered / 2) {
      setTimeout(() => this.replay(subscriber), 20);
      return;
    }
    const start = this.events.firstIndex((event) => event.timeUs > subscriber.position);
    const end = Math.min(this.events.length, start + REPLAY_BATCH);
    for (let i = start; i < end; i++) {
      const event = this.events.at(i);
      if (event) this.send(subscriber, event);
    }
    if (end >= this.events.length) subscriber.catchingUp = false;
    else setImmediate(() => this.replay(subscriber));
  }

  private send(subscriber: Subscriber, event: JetstreamEvent): void {
    subscriber.position = event.timeUs;
    if (subscriber.dids.size > 0 && !subscriber.dids.has(event.did)) return;
    if (
      subscriber.collections.length > 0 &&
      !subscriber.collections.some((wanted) => matches(wanted, event.collection))
    ) {
      return;
    }
    subscriber.socket.send(event.json);
  }

  private drop(subscriber: Subscriber): void {
    this.subscribers.delete(subscriber);
    subscriber.socket.close(1008, 'consumer too slow');
    // A client that does not read does not answer the close either.
    setTimeout(() => subscriber.socket.terminate(), 30_000).unref();
  }
}

/** `app.bsky.feed.post`, or a prefix such as `app.bsky.feed.*`. */
function matches(wanted: string, collection: string): boolean {
  return wanted.endsWith('.*') ? collection.startsWith(wanted.slice(0, -1)) : wanted === collection;
}
