import type { NextFunction, Request, Response } from 'express';

interface BodyParserError {
  type?: unknown;
  status?: unknown;
}

function isBodyParserError(error: unknown): error is Error & BodyParserError {
  return error instanceof Error && typeof (error as BodyParserError).type === 'string';
}

function describeSize(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} kB` : `${bytes} bytes`;
}

/**
 * Answers the JSON body parser's refusals as GraphQL errors: too large → 413 `PAYLOAD_TOO_LARGE`,
 * unreadable → 400 `BAD_REQUEST`. Other errors go on to the next handler.
 */
export function bodyErrorsMiddleware(limitBytes: number) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (!isBodyParserError(error)) return next(error);
    if (error.type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          {
            message: `The request body is larger than the ${describeSize(limitBytes)} limit.`,
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      });
      return;
    }
    if (
      error.type === 'entity.parse.failed' ||
      error.type === 'encoding.unsupported' ||
      error.type === 'charset.unsupported'
    ) {
      res.status(400).json({
        errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
      });
      return;
    }
    next(error);
  };
}
