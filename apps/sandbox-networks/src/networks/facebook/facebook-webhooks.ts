import { createHmac, randomBytes } from 'node:crypto';
import { Network } from '@relais/contracts';
import { ListeningChange } from '../../listening/listening.repository';
import { ListeningItem } from '../../listening/listening-item';
import { Sandbox } from '../../state/sandbox';

export interface WebhookSettings {
  callbackUrl: string;
  verifyToken: string;
  appSecret: string;
}

/** One change for one page, waiting to be delivered. */
interface PendingEvent {
  pageId: string;
  time: number;
  field: 'feed' | 'mention' | 'messaging';
  value: Record<string, unknown>;
}

const FLUSH_MS = 200;
const MAX_EVENTS_PER_DELIVERY = 50;
const MAX_QUEUED = 10_000;
const MAX_ATTEMPTS = 5;
const MAX_PENDING_RETRIES = 200;
const FIRST_RETRY_MS = 500;
const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * Page webhooks as Meta sends them: a verification handshake first (`hub.mode=subscribe`, the
 * challenge echoed back), then `feed` changes (comments added, edited, removed), `mention` changes and
 * `messaging` events, batched several entries per delivery, signed `X-Hub-Signature-256: sha256=<HMAC of
 * the raw body with the app secret>`, retried with a doubling backoff a few times, then dropped.
 */
export class FacebookWebhooks {
  private settings: WebhookSettings | null = null;
  private queue: PendingEvent[] = [];
  private timer: NodeJS.Timeout | null = null;
  private pendingRetries = 0;
  private readonly counters = { deliveries: 0, delivered: 0, failedAttempts: 0, dropped: 0 };

  constructor(sandbox: Sandbox) {
    sandbox.listening.subscribe((change) => this.onChange(change, sandbox));
  }

  /** Verifies the callback as Meta does; only a callback that echoes the challenge is subscribed. */
  async configure(settings: WebhookSettings): Promise<{ ok: true } | { ok: false; problem: string }> {
    const challenge = randomBytes(12).toString('hex');
    const url = new URL(settings.callbackUrl);
    url.searchParams.set('hub.mode', 'subscribe');
    url.searchParams.set('hub.challenge', challenge);
    url.searchParams.set('hub.verify_token', settings.verifyToken);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS) });
      const body = (await response.text()).trim();
      if (!response.ok || body !== challenge) {
        return {
          ok: false,
          problem: `the callback answered ${response.status} without echoing hub.challenge`,
        };
      }
    } catch (error) {
      return { ok: false, problem: `the callback could not be reached (${(error as Error).message})` };
    }
    this.settings = settings;
    this.queue = [];
    this.timer ??= setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
    return { ok: true };
  }

  stop(): void {
    this.settings = null;
    this.queue = [];
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  stats() {
    return {
      subscribed: this.settings !== null,
      callbackUrl: this.settings?.callbackUrl ?? null,
      queued: this.queue.length,
      pendingRetries: this.pendingRetries,
      ...this.counters,
    };
  }

  /** Sends one feed change signed with a wrong secret, as a forged delivery would be; answers the callback's status. */
  async sendWrongSignature(): Promise<number | null> {
    if (!this.settings) return null;
    const body = JSON.stringify(
      payloadOf([
        {
          pageId: '0',
          time: Date.now(),
          field: 'feed',
          value: { item: 'comment', verb: 'add', comment_id: '0_0', post_id: '0_0', message: 'forged' },
        },
      ]),
    );
    const response = await this.post(body, signatureOf(body, `${this.settings.appSecret}-wrong`));
    return response;
  }

  /** Delivers what is queued, several entries per delivery. */
  async flush(): Promise<void> {
    while (this.settings && this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_EVENTS_PER_DELIVERY);
      const body = JSON.stringify(payloadOf(batch));
      void this.deliver(body, 1);
    }
  }

  private async deliver(body: string, attempt: number): Promise<void> {
    const settings = this.settings;
    if (!settings) return;
    this.counters.deliveries++;
    const status = await this.post(body, signatureOf(body, settings.appSecret));
    if (status !== null && status >= 200 && status < 300) {
      this.counters.delivered++;
      return;
    }
    this.counters.failedAttempts++;
    if (attempt >= MAX_ATTEMPTS || this.pendingRetries >= MAX_PENDING_RETRIES) {
      this.counters.dropped++;
      return;
    }
    this.pendingRetries++;
    setTimeout(
      () => {
        this.pendingRetries--;
        void this.deliver(body, attempt + 1);
      },
      FIRST_RETRY_MS * 2 ** (attempt - 1),
    ).unref();
  }

  private async post(body: string, signature: string): Promise<number | null> {
    if (!this.settings) return null;
    try {
      const response = await fetch(this.settings.callbackUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
        body,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return null;
    }
  }

  private onChange(change: ListeningChange, sandbox: Sandbox): void {
    const item = change.item;
    if (!this.settings || item.network !== Network.FacebookPage) return;
    const event = eventOf(change, sandbox);
    if (!event) return;
    this.queue.push(event);
    if (this.queue.length > MAX_QUEUED) this.queue.splice(0, this.queue.length - MAX_QUEUED);
  }
}

function eventOf(change: ListeningChange, sandbox: Sandbox): PendingEvent | null {
  const item = change.item;
  const time = Date.now();
  const pageId = sandbox.posts.get(Network.FacebookPage, item.rootId)?.accountId ?? item.accountId;
  if (!pageId) return null;
  if (item.kind === 'message') {
    if (change.type !== 'added') return null;
    return {
      pageId,
      time,
      field: 'messaging',
      value: {
        sender: { id: item.author.id },
        recipient: { id: pageId },
        timestamp: item.createdAt,
        message: { mid: item.id, text: item.text },
      },
    };
  }
  if (item.kind === 'mention') {
    if (change.type !== 'added') return null;
    return {
      pageId,
      time,
      field: 'mention',
      value: {
        item: 'post',
        verb: 'add',
        post_id: item.id,
        sender_id: item.author.id,
        sender_name: item.author.displayName,
        message: item.text,
      },
    };
  }
  if (item.kind !== 'comment' && item.kind !== 'reply') return null;
  return { pageId, time, field: 'feed', value: commentValue(item, change.type) };
}

function commentValue(item: ListeningItem, type: ListeningChange['type']): Record<string, unknown> {
  const verb = type === 'added' ? 'add' : type === 'deleted' ? 'remove' : 'edited';
  return {
    item: 'comment',
    verb,
    comment_id: item.id,
    post_id: item.rootId,
    parent_id: item.parentId ?? item.rootId,
    from: { id: item.author.id, name: item.author.displayName },
    created_time: Math.floor(item.createdAt / 1000),
    ...(verb !== 'remove' ? { message: item.text } : {}),
    ...(verb === 'edited' ? { is_hidden: item.hidden } : {}),
    post: { id: item.rootId, status_type: 'mobile_status_update', is_published: true },
  };
}

/** `{object: "page", entry: [...]}`: one entry per page and kind, changes or messaging events in order. */
function payloadOf(events: readonly PendingEvent[]) {
  const entries: Array<Record<string, unknown> & { id: string; time: number }> = [];
  for (const event of events) {
    const key = event.field === 'messaging' ? 'messaging' : 'changes';
    let entry = entries.find((candidate) => candidate.id === event.pageId && key in candidate);
    if (!entry) entries.push((entry = { id: event.pageId, time: event.time, [key]: [] }));
    const list = entry[key] as unknown[];
    list.push(key === 'messaging' ? event.value : { field: event.field, value: event.value });
  }
  return { object: 'page', entry: entries };
}

function signatureOf(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
