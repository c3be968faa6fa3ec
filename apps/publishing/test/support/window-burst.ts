import { Network } from '@relais/contracts';
import { SandboxNetwork, waitFor } from '@relais/server-testing';
import { BurstWorld } from './burst';
import { connectAccount, createAgency, schedulePost } from './fixtures';
import { PublishingHarness } from './publishing-harness';

/**
 * A burst of posts on ONE account per network (the reconciliation test): every post targets each
 * network's account, so each account gets `posts` posts within a few seconds.
 */
export async function seedOneAccountBurst(
  h: PublishingHarness,
  networks: Network[],
  posts: number,
): Promise<BurstWorld> {
  const runId = Math.random().toString(36).slice(2, 8);
  const agency = await createAgency(h);
  const accounts = await Promise.all(
    networks.map((network) => connectAccount(h, agency.owner, agency.brand.id, network)),
  );
  const later = new Date(Date.now() + 24 * 3600_000);
  const scheduled = await Promise.all(
    Array.from({ length: posts }, async (_, i) => {
      const text = `Fenêtre ${runId} n°${i}`;
      const { postId } = await schedulePost(h, agency, accounts, { dueAt: later, text });
      return { postId, text };
    }),
  );
  await waitFor(
    async () => {
      const [{ count }] = await h.sql<{ count: string }>(
        `SELECT count(*) FROM publishing.publications WHERE agency_id = $1`,
        [agency.owner.claims.agencyId],
      );
      return Number(count) === posts * networks.length;
    },
    { timeoutMs: 60_000, intervalMs: 250, description: `${posts * networks.length} publications recorded` },
  );
  return { agency, accounts, posts: scheduled, runId };
}

/** Per network: how many of the burst's texts the account received more than once, and never. */
export async function receivedOnce(
  h: PublishingHarness,
  world: BurstWorld,
): Promise<Record<string, { received: number; duplicates: number; missing: number }>> {
  const report: Record<string, { received: number; duplicates: number; missing: number }> = {};
  for (const { network, sandbox } of world.accounts) {
    const { posts } = await h.sandbox.client.posts({
      network: network as SandboxNetwork,
      accountId: sandbox.externalId,
    });
    const counts = new Map<string, number>();
    for (const post of posts) counts.set(post.text, (counts.get(post.text) ?? 0) + 1);
    const expected = world.posts.map((post) => `${post.text} (${network})`);
    report[network] = {
      received: posts.length,
      duplicates: expected.reduce((sum, text) => sum + Math.max(0, (counts.get(text) ?? 0) - 1), 0),
      missing: expected.filter((text) => !counts.has(text)).length,
    };
  }
  return report;
}
