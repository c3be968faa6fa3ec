import type { Request, Response } from 'express';
import { MembershipClaims } from '@relais/contracts';
import { correlationIdOf } from '@relais/server-logging';
import { RequestLoaders } from './request-loaders';

/** What every resolver of one request shares. `actor` is set by the auth guard from the verified token. */
export interface GqlContext {
  req: Request;
  res: Response;
  correlationId: string;
  actor: MembershipClaims | null;
  loaders: RequestLoaders;
}

export function createGqlContext({ req, res }: { req: Request; res: Response }): GqlContext {
  return { req, res, correlationId: correlationIdOf(req), actor: null, loaders: new RequestLoaders() };
}
