import { hostname } from 'node:os';
import pino, { DestinationStream, Logger, LoggerOptions } from 'pino';
import { contextFields } from './request-context';
import { REDACTED, REDACT_PATHS } from './redaction';
import { prettyStream } from './pretty-stream';

export interface LoggingOptions {
  service: string;
  level: string;
  /** Human readable lines instead of JSON (local development). */
  pretty?: boolean;
  /** Where lines go (defaults to stdout); tests pass their own stream. */
  destination?: DestinationStream;
}

/** pino options shared by services and scripts: service name, context fields, redaction. */
export function loggerOptions(options: Pick<LoggingOptions, 'service' | 'level'>): LoggerOptions {
  return {
    level: options.level,
    base: { service: options.service, pid: process.pid, hostname: hostname() },
    mixin: contextFields,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    timestamp: pino.stdTimeFunctions.epochTime,
  };
}

export function loggerDestination(options: LoggingOptions): DestinationStream | undefined {
  if (options.destination) return options.destination;
  return options.pretty ? prettyStream() : undefined;
}

/** A pino logger for scripts and tools (services get theirs from `LoggingModule`). */
export function createLogger(
  service: string,
  options: Partial<Omit<LoggingOptions, 'service'>> = {},
): Logger {
  const settings: LoggingOptions = { level: 'info', ...options, service };
  const destination = loggerDestination(settings);
  const pinoOptions = loggerOptions(settings);
  return destination ? pino(pinoOptions, destination) : pino(pinoOptions);
}
