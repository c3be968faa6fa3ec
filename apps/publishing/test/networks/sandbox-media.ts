import { waitFor } from '@relais/server-testing';

/** Resolves once `count()` reaches `atLeast` (an upload recorded, a post received). */
export async function until(count: () => number, atLeast = 1): Promise<void> {
  await waitFor(() => count() >= atLeast, { timeoutMs: 10_000, description: `a count of ${atLeast}` });
}
