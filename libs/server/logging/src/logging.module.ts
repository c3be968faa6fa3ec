import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { correlationIdOf } from './correlation-id';
import { loggerDestination, loggerOptions, LoggingOptions } from './logger-options';
import { redactUrl } from './redact-url';
import { RequestContextMiddleware } from './request-context.middleware';

const QUIET_PATHS = /^\/(health|metrics)(\/|$|\?)/;

/**
 * JSON logs through nestjs-pino. Every line carries `service` and, inside a request context,
 * `correlationId`, `agencyId`, `userId`; secrets are redacted. `bootstrapService` (@relais/server-service)
 * creates the app with `{ bufferLogs: true }` then calls `app.useLogger(app.get(Logger))`.
 */
@Module({})
export class LoggingModule implements NestModule {
  static forRoot(options: LoggingOptions): DynamicModule {
    const destination = loggerDestination(options);
    const httpOptions = {
      ...loggerOptions(options),
      genReqId: (req: IncomingMessage) => correlationIdOf(req),
      autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.test(req.url ?? '') },
      // Signed URLs (media, uploads) carry their credential in the path: it never reaches a log line.
      serializers: {
        req: (req: { url?: string }) => ({ ...req, url: redactUrl(req.url) }),
      },
    };
    return {
      module: LoggingModule,
      global: true,
      imports: [LoggerModule.forRoot({ pinoHttp: destination ? [httpOptions, destination] : httpOptions })],
      providers: [RequestContextMiddleware],
      exports: [LoggerModule],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
