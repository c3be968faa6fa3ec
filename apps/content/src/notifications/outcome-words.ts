import { Locale, Network, PublicationSummaryView, PublishFailureCode } from '@relais/contracts';

const NETWORK_NAMES: Record<Network, string> = {
  [Network.Mastodon]: 'Mastodon',
  [Network.Bluesky]: 'Bluesky',
  [Network.FacebookPage]: 'Facebook',
  [Network.LinkedIn]: 'LinkedIn',
  [Network.X]: 'X',
};

const REASONS: Record<Locale, Record<PublishFailureCode, string>> = {
  [Locale.Fr]: {
    [PublishFailureCode.NeedsReconnection]:
      'le compte doit être reconnecté : son accès a expiré ou a été révoqué.',
    [PublishFailureCode.AccountDisconnected]: 'le compte a été déconnecté de la marque.',
    [PublishFailureCode.BrandArchived]: 'la marque a été archivée.',
    [PublishFailureCode.RateLimited]: 'la limite d’envoi du réseau ne s’est pas réinitialisée à temps.',
    [PublishFailureCode.Rejected]: 'le réseau a refusé le contenu.',
    [PublishFailureCode.Duplicate]: 'selon le réseau, ce même contenu a déjà été publié.',
    [PublishFailureCode.Forbidden]:
      'il manque une autorisation au compte, ou le réseau a bloqué la publication.',
    [PublishFailureCode.QuotaExhausted]: 'les crédits de publication de l’offre du réseau sont épuisés.',
    [PublishFailureCode.NetworkUnavailable]:
      'le réseau n’a pas répondu correctement, malgré toutes les tentatives.',
    [PublishFailureCode.Unsupported]: 'ce réseau ne peut pas encore recevoir une partie du contenu (médias).',
  },
  [Locale.En]: {
    [PublishFailureCode.NeedsReconnection]:
      'the account needs reconnecting: its access expired or was revoked.',
    [PublishFailureCode.AccountDisconnected]: 'the account was disconnected from the brand.',
    [PublishFailureCode.BrandArchived]: 'the brand was archived.',
    [PublishFailureCode.RateLimited]: 'the network’s rate limit did not reset in time.',
    [PublishFailureCode.Rejected]: 'the network refused the content.',
    [PublishFailureCode.Duplicate]: 'the network says the same content was already posted.',
    [PublishFailureCode.Forbidden]: 'the account lacks a permission, or the network blocked the post.',
    [PublishFailureCode.QuotaExhausted]: 'the publishing credits of the network plan are used up.',
    [PublishFailureCode.NetworkUnavailable]: 'the network kept failing through every attempt.',
    [PublishFailureCode.Unsupported]: 'this network cannot receive part of the content yet (media).',
  },
};

const COUNTS: Record<Locale, (summary: PublicationSummaryView) => string> = {
  [Locale.Fr]: ({ failed, total }) =>
    total === 1 ? 'Échec sur 1 compte sur 1.' : `Échec sur ${failed} des ${total} comptes.`,
  [Locale.En]: ({ failed, total }) => `Failed on ${failed} of ${total} account${total === 1 ? '' : 's'}.`,
};

const SAID: Record<Locale, (network: string | null, words: string) => string> = {
  [Locale.Fr]: (network, words) =>
    `${network ? `Réponse de ${network}` : 'Réponse du réseau'} : « ${words} »`,
  [Locale.En]: (network, words) => `${network ?? 'The network'} said: “${words}”`,
};

/**
 * A failed post's outcome in the recipient's language, as the console says it: the counts, the
 * network and why, then the network's own words as it wrote them.
 */
export function outcomeWords(summary: PublicationSummaryView, locale: Locale): string {
  const network = summary.network ? NETWORK_NAMES[summary.network] : null;
  const parts = [COUNTS[locale](summary)];
  if (summary.failureCode) {
    const reason = REASONS[locale][summary.failureCode];
    parts.push(network ? `${network}${locale === Locale.Fr ? ' :' : ':'} ${reason}` : reason);
  }
  if (summary.networkMessage) parts.push(SAID[locale](network, summary.networkMessage));
  return parts.join(' ');
}
