import type { NextFunction, Request, Response } from 'express';
import { DocumentLimits, documentLimitError } from './document-limits';

/** The GraphQL document of a request: `query` of a JSON body (POST) or of the URL (GET). */
function queryOf(req: Request): unknown {
  if (req.method === 'GET') return req.query['query'];
  const body: unknown = req.body;
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['query'] : undefined;
}

/**
 * Refuses, with 400 and the limit's code, a document over the token or directive limits before the
 * GraphQL server parses and validates it (Apollo's plugin hooks cannot refuse a request before its
 * validation rules run). A document within the limits goes on untouched.
 */
export function documentLimitsMiddleware(limits: DocumentLimits) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const query = queryOf(req);
    const error = typeof query === 'string' ? documentLimitError(query, limits) : null;
    if (!error) return next();
    res
      .status(400)
      .json({ errors: [{ message: error.message, extensions: { code: error.extensions['code'] } }] });
  };
}
