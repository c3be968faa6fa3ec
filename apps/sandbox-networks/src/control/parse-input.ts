import { BadRequestException } from '@nestjs/common';
import { z } from '@relais/server-config';

/** Reads a body or query with its schema; a 400 names every wrong field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || 'body',
    message: issue.message,
  }));
  throw new BadRequestException({
    statusCode: 400,
    message: `Invalid request: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`,
    errors,
  });
}
