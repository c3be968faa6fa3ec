import { AsyncLocalStorage } from 'node:async_hooks';

/** Who a piece of work is done for; every log line written meanwhile carries it. */
export interface RequestContext {
  correlationId: string;
  agencyId?: string | null;
  userId?: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  /** Runs `fn` (and everything it awaits) with `ctx` as the current context. */
  run<T>(ctx: RequestContext, fn: () => T): T {
    return storage.run({ ...ctx }, fn);
  },
  get(): RequestContext | undefined {
    return storage.getStore();
  },
  /** Completes the current context once more is known (the gateway, after verifying the token). */
  assign(values: Partial<RequestContext>): void {
    const current = storage.getStore();
    if (current) Object.assign(current, values);
  },
};

/** The context's fields worth a log line, without empty ones. */
export function contextFields(): Record<string, string> {
  const ctx = storage.getStore();
  if (!ctx) return {};
  const fields: Record<string, string> = { correlationId: ctx.correlationId };
  if (ctx.agencyId) fields.agencyId = ctx.agencyId;
  if (ctx.userId) fields.userId = ctx.userId;
  return fields;
}
