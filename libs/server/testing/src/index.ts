/**
 * @relais/server-testing: what integration and end-to-end tests share. A fresh database per test
 * file (cloned from the template the Jest global setup migrated), a NATS subject prefix per file,
 * access tokens as the gateway signs them, services booted in the test process or as child processes,
 * the envelopes and SQL a test sends, polling, the network emulators and an SMTP inbox.
 */
export * from './test-env';
export * from './template-database';
export * from './test-database';
export * from './nats-prefix';
export * from './access-token';
export * from './wait-for';
export * from './free-port';
export * from './spawn-service';
export * from './sandbox-client';
export * from './sandbox-networks';
export * from './smtp-inbox';
export * from './envelopes';
export * from './sql';
export * from './nest-service';
export * from './clients-process';
export * from './tiny-media';
export * from './agency-fixtures';
