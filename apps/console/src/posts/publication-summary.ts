import type { Network, PublishFailureCode } from '@relais/web-graphql';
import type { TFunction } from 'i18next';

/** A publishing outcome in figures, as the gateway gives it on a history line or a notification. */
export interface PublicationSummary {
  total: number;
  failed: number;
  network: Network | null;
  failureCode: PublishFailureCode | null;
  networkMessage: string | null;
}

/**
 * The outcome said in the reader's language: "Published on 3 accounts", "Failed on 1 of 3 accounts:
 * Mastodon — the network refused the content. Mastodon said: “…”". The network's own words stay as
 * the network wrote them.
 */
export function publicationSummaryText(summary: PublicationSummary, t: TFunction): string {
  if (summary.failed === 0) return t('posts.outcome.published', { count: summary.total });
  const counts = t('posts.outcome.failed', { count: summary.total, failed: summary.failed });
  const network = summary.network ? t(`posts.networks.${summary.network}`) : null;
  const parts = [counts];
  if (summary.failureCode) {
    const reason = t(`publishing.failure.${summary.failureCode}`);
    parts.push(network ? t('posts.outcome.reason', { network, reason }) : reason);
  }
  if (summary.networkMessage) {
    const words = summary.networkMessage;
    parts.push(
      network
        ? t('posts.outcome.networkSaid', { network, words })
        : t('posts.outcome.networkWords', { words }),
    );
  }
  return parts.join(' ');
}
