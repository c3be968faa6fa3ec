/** @relais/server-logging: JSON logs with service, tenant and correlation id on every line, secrets redacted. */
export { Logger, PinoLogger, InjectPinoLogger } from 'nestjs-pino';
export * from './request-context';
export * from './redaction';
export * from './redact-url';
export * from './correlation-id';
export * from './logger-options';
export * from './pretty-stream';
export * from './request-context.middleware';
export * from './logging.module';
