import { Envelope } from './envelope';

/** The JetStream stream that carries every domain event (`evt.>`). */
export const EVENTS_STREAM = 'RELAIS_EVENTS';
export const EVENTS_SUBJECT_FILTER = 'evt.>';

/** What a domain event looks like on JetStream. `id` is the outbox row id and the `Nats-Msg-Id`. */
export interface EventMessage<T = unknown> {
  id: string;
  subject: string;
  occurredAt: string;
  envelope: Envelope;
  data: T;
}
