import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { ErrorCode } from '@relais/contracts';
import { toErrorBody } from '@relais/server-errors';
import { RequestContext, requestContext } from '@relais/server-logging';
import { randomUUID } from 'node:crypto';
import { Observable } from 'rxjs';
import { rpcMetrics } from './rpc-metrics';

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** The log context of a message, read leniently (the envelope is validated by `@Env()`). */
export function contextOf(body: unknown): RequestContext {
  const envelope =
    typeof body === 'object' && body !== null
      ? (body as { envelope?: Record<string, unknown> }).envelope
      : undefined;
  return {
    correlationId: text(envelope?.correlationId) ?? randomUUID(),
    agencyId: text(envelope?.agencyId),
    userId: text(envelope?.userId),
  };
}

function patternOf(context: ExecutionContext): string {
  const patterns = Reflect.getMetadata(PATTERN_METADATA, context.getHandler()) as unknown;
  const first = Array.isArray(patterns) ? (patterns[0] as unknown) : undefined;
  return typeof first === 'string' ? first : 'unknown';
}

/**
 * Runs each message handler inside the request context of its envelope (so every log line carries
 * correlation id and tenant), and records its duration and outcome.
 */
@Injectable()
export class RpcContextInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Rpc');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const subject = patternOf(context);
    const ctx = contextOf(context.switchToRpc().getData());
    const started = process.hrtime.bigint();
    const finish = (outcome: string) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      rpcMetrics.observe(subject, outcome, seconds);
      this.logger.debug({ subject, outcome, durationMs: Math.round(seconds * 1000) }, `Handled ${subject}`);
    };
    return new Observable<unknown>((subscriber) =>
      requestContext.run(ctx, () => {
        let settled = false;
        return next.handle().subscribe({
          next: (value) => subscriber.next(value),
          error: (error: unknown) => {
            settled = true;
            finish(toErrorBody(error, { exposeInternals: false }).code ?? ErrorCode.Internal);
            subscriber.error(error);
          },
          complete: () => {
            if (!settled) finish('ok');
            settled = true;
            subscriber.complete();
          },
        });
      }),
    );
  }
}
