import { Network } from '@relais/contracts';
import { ListeningKind, Sentiment } from './listening-item';
import {
  EMOJI,
  FIRST_NAMES,
  Intent,
  INTENT_SENTIMENT,
  LAST_NAMES,
  OTHER_LANGUAGES,
  PHRASE_BOOKS,
  SPAM_LINKS,
} from './listening-phrases';
import { SeededRandom } from './seeded-random';

/** A brand listened to: its handle on each network and the words people use about it. */
export interface ListeningTopic {
  brand: string;
  handles: Partial<Record<Network, string>>;
  keywords: string[];
}

/** Someone of the generator's pool; each network gives them ids of its own form. */
export interface PoolPerson {
  key: string;
  displayName: string;
  handle: string;
}

/** A text to place on a network surface. */
export interface GeneratedText {
  topic: ListeningTopic;
  network: Network;
  kind: ListeningKind;
  text: string;
  lang: string;
  sentiment: Sentiment;
  intent: Intent;
  person: PoolPerson;
}

const POOL_SIZE = 600;
const KIND_WEIGHTS: Readonly<Record<ListeningKind, number>> = {
  mention: 40,
  comment: 25,
  reply: 10,
  message: 5,
  post: 20,
};
const INTENT_WEIGHTS: Readonly<Record<Intent, number>> = {
  praise: 22,
  question: 20,
  complaint: 18,
  suggestion: 10,
  remark: 22,
  spam: 8,
};

/**
 * Texts about brands, the same ones for the same seed: French and English (and about 5 % German,
 * Spanish, Italian or Portuguese), praise, questions, complaints (negations and angry emoji included),
 * suggestions, remarks and spam, with hashtags, links and the brand's handle or keywords, written by a
 * pool of people where a few come back often.
 */
export class ListeningGenerator {
  private readonly random: SeededRandom;
  private readonly pool: PoolPerson[];

  constructor(seed: number) {
    this.random = new SeededRandom(seed);
    this.pool = Array.from({ length: POOL_SIZE }, (_, index) => this.person(index));
  }

  next(
    topics: readonly ListeningTopic[],
    networks: readonly Network[],
    options: { negativeShare?: number; kinds?: readonly ListeningKind[] } = {},
  ): GeneratedText {
    const random = this.random;
    const topic = random.pick(topics);
    const network = random.pick(networks);
    const kinds = options.kinds ?? null;
    const kind = kinds ? random.pick(kinds) : random.weighted(KIND_WEIGHTS);
    const intent =
      options.negativeShare !== undefined && random.chance(options.negativeShare)
        ? 'complaint'
        : random.weighted(INTENT_WEIGHTS);
    const sentiment = INTENT_SENTIMENT[intent];
    const who = this.nameFor(topic, network, kind);
    const language = random.weighted({ fr: 50, en: 45, other: 5 });
    const { text, lang } =
      language === 'other' ? this.otherText(who, sentiment) : this.text(language, intent, who, topic);
    // Recurring people: the first ones of the pool write far more often than the last ones.
    const person = this.pool[Math.floor(POOL_SIZE * random.next() ** 2.5)];
    return { topic, network, kind, text, lang, sentiment, intent, person };
  }

  private text(language: 'en' | 'fr', intent: Intent, who: string, topic: ListeningTopic) {
    const random = this.random;
    const book = PHRASE_BOOKS[language];
    const template = random.pick(book.bodies[intent]);
    // Every text names the brand, at the start when the sentence has no place for it.
    const body = (template.includes('{who}') ? template : `{who} ${template}`)
      .replace('{who}', who)
      .replace('{thing}', random.pick(book.things))
      .replace('{link}', random.pick(SPAM_LINKS));
    const parts = [random.pick(book.openers), body];
    if (random.chance(0.15))
      parts.push(language === 'fr' ? `(commande ${this.digits()})` : `(order ${this.digits()})`);
    parts.push(random.pick(book.closers));
    const emoji = random.int(3);
    for (let i = 0; i < emoji; i++) parts.push(random.pick(EMOJI[INTENT_SENTIMENT[intent]]));
    if (random.chance(0.3)) parts.push(`#${tagOf(random.pick([topic.brand, ...topic.keywords]))}`);
    if (intent !== 'spam' && random.chance(0.08)) parts.push(`https://example.com/p/${this.digits()}`);
    return { text: capitalize(parts.filter(Boolean).join(' ')), lang: language };
  }

  private otherText(who: string, sentiment: Sentiment) {
    const lang = this.random.pick(Object.keys(OTHER_LANGUAGES));
    const text = this.random.pick(OTHER_LANGUAGES[lang][sentiment]).replace('{who}', who);
    return { text: `${text} ${this.random.pick(EMOJI[sentiment])}`, lang };
  }

  /** The brand as people name it there: the @handle when they address it, else a keyword or its name. */
  private nameFor(topic: ListeningTopic, network: Network, kind: ListeningKind): string {
    const handle = topic.handles[network];
    if (kind === 'mention' && handle) return `@${handle}`;
    if (kind === 'post') return this.random.pick(topic.keywords.length > 0 ? topic.keywords : [topic.brand]);
    return topic.brand;
  }

  private digits(): string {
    return String(10_000 + this.random.int(90_000));
  }

  private person(index: number): PoolPerson {
    const first = this.random.pick(FIRST_NAMES);
    const last = this.random.pick(LAST_NAMES);
    const style = this.random.int(3);
    const base = ascii(
      style === 0 ? `${first}${last}` : style === 1 ? `${first}_${last[0]}` : `${first}${index}`,
    );
    return { key: `p${index}`, displayName: `${first} ${last}`, handle: `${base.toLowerCase()}${index}` };
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[^A-Za-z0-9_]/g, '');
}

/** A hashtag made of a name (`Café Lumière` → `CaféLumière`). */
export function tagOf(name: string): string {
  return name.replace(/[^\p{L}\p{N}_]/gu, '');
}
