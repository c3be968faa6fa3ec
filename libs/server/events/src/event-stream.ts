import { EVENTS_STREAM, EVENTS_SUBJECT_FILTER } from '@relais/contracts';
import { JetStreamManager, NatsError, RetentionPolicy, StorageType, StreamConfig } from 'nats';

const DUPLICATE_WINDOW_NS = 2 * 60 * 1_000_000_000;
const MAX_AGE_NS = 30 * 24 * 60 * 60 * 1_000_000_000;

/** `RELAIS_EVENTS` behind the environment prefix: `t1a2b.` → `T1A2B_RELAIS_EVENTS`. */
export function eventStreamName(prefix = ''): string {
  return `${prefix.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}${EVENTS_STREAM}`;
}

export function eventStreamConfig(prefix = ''): Partial<StreamConfig> & { name: string; subjects: string[] } {
  return {
    name: eventStreamName(prefix),
    subjects: [`${prefix}${EVENTS_SUBJECT_FILTER}`],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: DUPLICATE_WINDOW_NS,
    max_age: MAX_AGE_NS,
    num_replicas: 1,
  };
}

function isMissing(error: unknown): boolean {
  return error instanceof NatsError && (error.code === '404' || error.api_error?.err_code === 10059);
}

/**
 * Creates the event stream, or brings an existing one to the expected settings. Idempotent and safe
 * when several replicas start at once.
 */
export async function ensureEventStream(jsm: JetStreamManager, prefix = ''): Promise<string> {
  const config = eventStreamConfig(prefix);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await jsm.streams.info(config.name);
      await jsm.streams.update(config.name, config);
      return config.name;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    try {
      await jsm.streams.add(config);
      return config.name;
    } catch (error) {
      // Another replica created it in between: go round and update it instead.
      if (!(error instanceof NatsError) || error.api_error?.err_code !== 10058) throw error;
    }
  }
  throw new Error(`Could not create the event stream ${config.name}`);
}

/** Removes the stream of a prefix (tests clean up after themselves). */
export async function deleteEventStream(jsm: JetStreamManager, prefix: string): Promise<void> {
  try {
    await jsm.streams.delete(eventStreamName(prefix));
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}
