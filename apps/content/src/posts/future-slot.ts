import { badInput } from '@relais/server-errors';

/**
 * A slot chosen for a post must be ahead of now: refused, with the same answer as a move into the
 * past on the calendar, when a post is created or edited onto an instant already gone.
 */
export function assertFutureSlot(scheduledAt: Date, now = Date.now()): void {
  if (scheduledAt.getTime() <= now) {
    throw badInput(
      [{ field: 'scheduledAt', message: 'scheduledAt must be in the future', constraint: 'future' }],
      'A post cannot be moved into the past',
    );
  }
}
