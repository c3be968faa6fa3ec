import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { ErrorCode } from '@relais/contracts';
import { RemoteError } from '@relais/server-errors';

/**
 * Hands resolver errors to GraphQL untouched, so the error formatter alone decides what the caller
 * sees and logs what is unexpected (Nest would otherwise log every NOT_FOUND as an error). A service
 * that cannot be reached is worth a warning. HTTP routes keep Nest's handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') {
      super.catch(exception, host);
      return undefined;
    }
    if (exception instanceof RemoteError && exception.code === ErrorCode.ServiceUnavailable) {
      this.logger.warn(exception.message);
    }
    return exception;
  }
}
