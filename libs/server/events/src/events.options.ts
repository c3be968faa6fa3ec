export const EVENTS_MODULE_OPTIONS = Symbol('EVENTS_MODULE_OPTIONS');

export interface EventsModuleOptions {
  /** The service's schema, holding its `outbox` and `processed_events` tables. */
  schema: string;
  /** The environment's subject prefix (`NATS_SUBJECT_PREFIX`), also naming its stream. */
  subjectPrefix?: string;
}

/** The channel `pg_notify` wakes the relay on: `<schema>_outbox`. */
export function outboxChannel(schema: string): string {
  return `${schema}_outbox`;
}
