import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Envelope, MembershipClaims } from '@relais/contracts';
import { GqlContext } from '../graphql/graphql-context';
import { envelopeFor } from './envelope';
import { clientIp } from './client-ip';

function gqlContext(context: ExecutionContext): GqlContext {
  return GqlExecutionContext.create(context).getContext<GqlContext>();
}

/** The signed-in member, from the verified access token. */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): MembershipClaims => {
    const actor = gqlContext(context).actor;
    if (!actor) throw new Error('CurrentActor used on an operation the auth guard did not check');
    return actor;
  },
);

/** The NATS envelope of this request (see `envelopeFor`). */
export const RequestEnvelope = createParamDecorator((_: unknown, context: ExecutionContext): Envelope => {
  const ctx = gqlContext(context);
  return envelopeFor(ctx.actor, ctx.correlationId);
});

/** The caller's IP address, as Express sees it behind the trusted proxies. */
export const ClientIp = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined =>
  clientIp(gqlContext(context).req.ip),
);
