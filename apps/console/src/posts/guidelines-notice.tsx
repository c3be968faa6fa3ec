import { Alert, List } from '@mantine/core';
import type { Network } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import type { LiveCheck } from './live-check';

/** Banned words (they block saving) and missing required hashtags (a warning), as the brand set them. */
export function GuidelinesNotice({ check }: { check: LiveCheck }) {
  const { t } = useTranslation();
  const missing = new Map<string, Network[]>();
  for (const network of check.networks) {
    for (const hashtag of network.missingHashtags)
      missing.set(hashtag, [...(missing.get(hashtag) ?? []), network.network]);
  }
  if (check.banned.length === 0 && missing.size === 0) return null;
  const everywhere = (networks: Network[]) => networks.length === check.networks.length;
  return (
    <Alert
      color={check.banned.length > 0 ? 'red' : 'yellow'}
      variant="light"
      title={t('posts.guidelines.title')}
      data-testid="guidelines"
    >
      <List size="sm" spacing={4}>
        {check.banned.map((hit) => (
          <List.Item key={`${hit.word}-${hit.network ?? 'base'}`}>
            {hit.network
              ? t('posts.guidelines.bannedIn', {
                  match: hit.match,
                  network: t(`posts.networks.${hit.network}`),
                })
              : t('posts.guidelines.banned', { match: hit.match })}
          </List.Item>
        ))}
        {[...missing.entries()].map(([hashtag, networks]) => (
          <List.Item key={hashtag}>
            {t('posts.guidelines.missingHashtag', {
              hashtag,
              networks: everywhere(networks)
                ? t('posts.guidelines.everywhere')
                : networks.map((network) => t(`posts.networks.${network}`)).join(', '),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
