import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { unsafeTextFields } from '@relais/contracts';
import { badInput } from '@relais/server-errors';
import { Observable } from 'rxjs';
import { fieldName } from './input-path';

/**
 * The contracts' text rule on every GraphQL operation's arguments, before any service is asked: a
 * NUL character or a lone surrogate anywhere in them is BAD_USER_INPUT naming the field the way the
 * other input errors do (`title`, `guidelines.bannedWords.1`). Services apply the same rule to their
 * payloads; this also covers arguments the gateway uses itself or renames on the way.
 */
@Injectable()
export class TextInputInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() === 'graphql') {
      const fields = unsafeTextFields(GqlExecutionContext.create(context).getArgs(), fieldName);
      if (fields.length > 0) throw badInput(fields, fields[0].message);
    }
    return next.handle();
  }
}
