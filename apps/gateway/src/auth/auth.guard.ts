import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '@relais/server-errors';
import { requestContext } from '@relais/server-logging';
import { GqlContext } from '../graphql/graphql-context';
import { AccessTokenService } from './access-token.service';
import { IS_PUBLIC, SESSION_OPTIONAL } from '../request/public.decorator';
import { RevokedSessions } from './revoked-sessions';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Every GraphQL operation needs a valid access token unless marked `@Public()` (or `@SessionOptional()`
 * and sent without one), of a session that
 * was not revoked since it was issued. The verified claims become the request's actor, the only
 * source of the NATS envelope. HTTP routes (health, metrics)
 * are not GraphQL and pass.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly revoked: RevokedSessions,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const sessionOptional = this.reflector.getAllAndOverride<boolean | undefined>(SESSION_OPTIONAL, [
      context.getHandler(),
      context.getClass(),
    ]);

    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    if (ctx.actor) return true;
    const header = ctx.req.headers.authorization;
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    if (!token && sessionOptional) return true;
    if (!token) throw unauthenticated('Sign in first: this operation needs an access token');
    const verified = this.tokens.verify(token);
    if (this.revoked.isRevoked(verified.sessionId, verified.issuedAt)) {
      throw unauthenticated('This session has ended: sign in again');
    }
    ctx.actor = verified.claims;
    requestContext.assign({ agencyId: ctx.actor.agencyId, userId: ctx.actor.userId });
    return true;
  }
}
