import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { NatsContext } from '@nestjs/microservices';
import { ErrorBody } from '@relais/contracts';
import { isExpectedError, toErrorBody } from '@relais/server-errors';
import { Observable, throwError } from 'rxjs';

/**
 * Turns every error of a message handler into the `ErrorBody` the caller receives (as the reply's
 * `err`). Unexpected errors are logged with their stack and, unless `exposeInternals`, hidden.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger(RpcErrorFilter.name);

  constructor(private readonly options: { exposeInternals: boolean }) {}

  catch(exception: unknown, host: ArgumentsHost): Observable<ErrorBody> {
    const body = toErrorBody(exception, this.options);
    if (!isExpectedError(exception)) {
      const subject =
        host.getType() === 'rpc' ? host.switchToRpc().getContext<NatsContext>().getSubject() : undefined;
      this.logger.error({ err: exception, subject }, `Unexpected error handling ${subject ?? 'a message'}`);
    }
    return throwError(() => body);
  }
}
