import { createParamDecorator, ExecutionContext, Type } from '@nestjs/common';
import { parseEnvelope, parsePayload } from './rpc-payload';

const EnvelopeParam = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  parseEnvelope(ctx.switchToRpc().getData()),
);

const DataParam = createParamDecorator((payloadClass: Type<object> | undefined, ctx: ExecutionContext) =>
  parsePayload(ctx.switchToRpc().getData(), payloadClass),
);

/** The request's validated `Envelope`. */
export function Env(): ParameterDecorator {
  return EnvelopeParam();
}

/** The request's payload, validated against `payloadClass` (BAD_USER_INPUT per field); raw without one. */
export function Data(payloadClass?: Type<object>): ParameterDecorator {
  return DataParam(payloadClass);
}
