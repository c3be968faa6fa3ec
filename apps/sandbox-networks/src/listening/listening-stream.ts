import { Network } from '@relais/contracts';
import { Sandbox } from '../state/sandbox';
import { GeneratedText, ListeningGenerator, ListeningTopic } from './listening-generator';
import { ListeningKind } from './listening-item';
import { findAccount, ItemInput, latestPost, placeItem } from './listening-placement';

export interface StreamSettings {
  ratePerSecond: number;
  networks: Network[];
  topics: ListeningTopic[];
  seed: number;
}

export interface CrisisSettings {
  topic: ListeningTopic;
  networks: Network[];
  ratePerSecond: number;
  durationSeconds: number;
  negativeShare: number;
}

interface Source {
  topics: ListeningTopic[];
  networks: Network[];
  ratePerSecond: number;
  negativeShare?: number;
  kinds?: readonly ListeningKind[];
  /** Unix ms when it stops; null = until stopped. */
  until: number | null;
  carry: number;
}

const TICK_MS = 50;
const RATE_WINDOW_SECONDS = 5;
/** A crisis is about the brand: people mention it, comment and post. */
const CRISIS_KINDS: readonly ListeningKind[] = ['mention', 'mention', 'comment', 'post'];

/**
 * The generated flow of listened items: a steady stream over topics and networks, and crises (a burst of
 * mostly negative mentions of one brand for a while). Each tick places as many items as the rates owe
 * since the last one; the measured rate is the average over the last seconds.
 */
export class ListeningStream {
  private generator: ListeningGenerator | null = null;
  private stream: (Source & { settings: StreamSettings }) | null = null;
  private crises: Array<Source & { brand: string }> = [];
  private timer: NodeJS.Timeout | null = null;
  private lastTick = 0;
  private readonly perSecond = new Map<number, number>();

  constructor(private readonly sandbox: Sandbox) {}

  start(settings: StreamSettings): void {
    this.generator = new ListeningGenerator(settings.seed);
    this.stream = { ...settings, until: null, carry: 0, settings };
    this.ensureTimer();
  }

  /** Stops the steady stream (crises run to their end). */
  stopStream(): void {
    this.stream = null;
    if (this.crises.length === 0) this.stopTimer();
  }

  crisis(settings: CrisisSettings, now = Date.now()): void {
    this.generator ??= new ListeningGenerator(1);
    this.crises.push({
      brand: settings.topic.brand,
      topics: [settings.topic],
      networks: settings.networks,
      ratePerSecond: settings.ratePerSecond,
      negativeShare: settings.negativeShare,
      kinds: CRISIS_KINDS,
      until: now + settings.durationSeconds * 1000,
      carry: 0,
    });
    this.ensureTimer();
  }

  /** A topic of the running stream, by brand (case-insensitive). */
  topicOf(brand: string): { topic: ListeningTopic; networks: Network[] } | null {
    const topic = this.stream?.topics.find(
      (candidate) => candidate.brand.toLowerCase() === brand.toLowerCase(),
    );
    return topic && this.stream ? { topic, networks: this.stream.networks } : null;
  }

  stopAll(): void {
    this.stream = null;
    this.crises = [];
    this.generator = null;
    this.perSecond.clear();
    this.stopTimer();
  }

  stats(now = Date.now()) {
    const second = Math.floor(now / 1000);
    let recent = 0;
    for (let s = second - RATE_WINDOW_SECONDS; s < second; s++) recent += this.perSecond.get(s) ?? 0;
    return {
      running: this.stream !== null,
      stream: this.stream?.settings ?? null,
      crises: this.crises.map((crisis) => ({
        brand: crisis.brand,
        ratePerSecond: crisis.ratePerSecond,
        negativeShare: crisis.negativeShare ?? 0,
        endsAt: new Date(crisis.until ?? now).toISOString(),
      })),
      configuredRate:
        (this.stream?.ratePerSecond ?? 0) +
        this.crises.reduce((sum, crisis) => sum + crisis.ratePerSecond, 0),
      currentRate: recent / RATE_WINDOW_SECONDS,
      stored: this.sandbox.listening.size,
      capacity: this.sandbox.listening.capacity,
      emitted: this.sandbox.listening.emitted(),
    };
  }

  /** Places what each source owes since the last tick (at most one second's worth after a stall). */
  tick(now = Date.now()): void {
    const elapsed = Math.min(1, Math.max(0, (now - this.lastTick) / 1000));
    this.lastTick = now;
    this.crises = this.crises.filter((crisis) => crisis.until === null || crisis.until > now);
    const sources = this.stream ? [this.stream, ...this.crises] : this.crises;
    let placed = 0;
    for (const source of sources) {
      const due = source.ratePerSecond * elapsed + source.carry;
      const count = Math.floor(due);
      source.carry = due - count;
      for (let i = 0; i < count; i++) if (this.emit(source, now)) placed++;
    }
    const second = Math.floor(now / 1000);
    this.perSecond.set(second, (this.perSecond.get(second) ?? 0) + placed);
    this.perSecond.delete(second - RATE_WINDOW_SECONDS - 1);
    if (!this.stream && this.crises.length === 0) this.stopTimer();
  }

  private emit(source: Source, now: number): boolean {
    if (!this.generator || source.topics.length === 0 || source.networks.length === 0) return false;
    const text = this.generator.next(source.topics, source.networks, {
      ...(source.negativeShare !== undefined ? { negativeShare: source.negativeShare } : {}),
      ...(source.kinds ? { kinds: source.kinds } : {}),
    });
    return placeItem(this.sandbox, surfaceInput(this.sandbox, text), now).ok;
  }

  private ensureTimer(): void {
    if (this.timer) return;
    this.lastTick = Date.now();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/**
 * Where a generated text lands on its network: a mention of a page or organization becomes a comment on
 * its latest post (Facebook, LinkedIn), a comment or reply falls back to a mention when there is nothing
 * to answer yet, and anything about a brand without an account there becomes a public post.
 */
export function surfaceInput(sandbox: Sandbox, text: GeneratedText): ItemInput {
  const handle = text.topic.handles[text.network];
  const account = handle ? findAccount(sandbox, text.network, handle) : undefined;
  const base = {
    network: text.network,
    text: text.text,
    lang: text.lang,
    author: { handle: text.person.handle, displayName: text.person.displayName },
    topic: text.topic.brand,
    sentiment: text.sentiment,
  };
  if (!account || text.kind === 'post') return { ...base, kind: 'post' };
  const hasPost = latestPost(sandbox, text.network, account) !== undefined;
  const commentsOnly = text.network === Network.FacebookPage || text.network === Network.LinkedIn;
  let kind = text.kind;
  if (kind === 'mention' && commentsOnly && hasPost) kind = 'comment';
  if (kind === 'reply' && !hasAnythingToAnswer(sandbox, text.network, account.externalId)) kind = 'comment';
  if (kind === 'comment' && !hasPost) kind = 'mention';
  if (kind === 'mention' && text.network === Network.LinkedIn) return { ...base, kind: 'post' };
  return { ...base, kind, account: account.handle };
}

function hasAnythingToAnswer(sandbox: Sandbox, network: Network, accountId: string): boolean {
  return (
    sandbox.listening
      .ofAccount(network, accountId)
      .newestFirst((item) => item.kind === 'comment' || item.kind === 'mention', 1).length > 0
  );
}
