/**
 * @relais/server-events: domain events with a transactional outbox, relayed to the JetStream stream
 * `<PREFIX>RELAIS_EVENTS` (`<prefix>evt.>`) with `Nats-Msg-Id` = outbox id, and durable idempotent
 * consumers recording what they processed in `<schema>.processed_events`.
 */
export * from './events.options';
export * from './event-tables.migration';
export * from './event-stream';
export * from './event-stream.setup';
export * from './outbox';
export * from './outbox-relay';
export * from './event-consumer';
export * from './events.module';
