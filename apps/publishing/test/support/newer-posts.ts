import { AccountAccess, NetworkAdapter } from '../../src/networks/network-adapter';
import { publishRequest } from '../networks/sandbox-adapters';

/**
 * Publishes `count` other posts on the account through the adapter (a few at a time), so that a
 * post published before them is buried under that many newer ones.
 */
export async function publishNewerPosts(
  adapter: NetworkAdapter,
  access: AccountAccess,
  count: number,
  parallel = 10,
): Promise<void> {
  const run = Math.random().toString(36).slice(2, 8);
  for (let start = 0; start < count; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - start) }, (_, i) => start + i);
    const outcomes = await Promise.all(
      batch.map((n) =>
        adapter.publish(
          access,
          publishRequest({ text: `Actualité ${run} n°${n}` }),
          AbortSignal.timeout(30_000),
        ),
      ),
    );
    const refused = outcomes.find((outcome) => outcome.kind !== 'published');
    if (refused) throw new Error(`A newer post was not published: ${JSON.stringify(refused)}`);
  }
}
