import { Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import type { Network } from '@relais/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposerDraft } from './composer-draft';
import type { LiveCheck, NetworkCheck } from './live-check';
import type { LoadedMedia } from './use-media-facts';
import { VariantPanel } from './variant-panel';

interface NetworkVersionsProps {
  draft: ComposerDraft;
  networks: readonly Network[];
  check: LiveCheck;
  /** What the service refused per network at the last save. */
  serverErrors: Partial<Record<Network, string[]>>;
  accountFor(network: Network): { handle: string; displayName: string };
  media: LoadedMedia;
  requireAltText: boolean;
  readOnly: boolean;
  onChange(draft: ComposerDraft): void;
  onMediaEdited(): void;
}

/** One tab per targeted network with its version; a tab with a problem is red and marked. */
export function NetworkVersions(props: NetworkVersionsProps) {
  const { draft, networks, check, serverErrors, accountFor, media, readOnly, onChange } = props;
  const { requireAltText, onMediaEdited } = props;
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>(null);
  const activeTab = tab && networks.includes(tab as Network) ? tab : (networks[0] ?? null);
  const failing = (entry: NetworkCheck) =>
    entry.violations.length > 0 || Boolean(serverErrors[entry.network]);

  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={4}>{t('posts.composer.networks')}</Title>
        {networks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('posts.composer.noNetworks')}
          </Text>
        ) : (
          <Tabs value={activeTab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              {check.networks.map((entry) => (
                <Tabs.Tab
                  key={entry.network}
                  value={entry.network}
                  color={failing(entry) ? 'red' : undefined}
                >
                  {t(`posts.networks.${entry.network}`)}
                  {failing(entry) ? ' ⚠' : ''}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {check.networks.map((entry) => (
              <Tabs.Panel key={entry.network} value={entry.network} pt="md">
                <VariantPanel
                  network={entry.network}
                  draft={draft}
                  check={entry}
                  serverErrors={serverErrors[entry.network] ?? []}
                  account={accountFor(entry.network)}
                  media={media}
                  requireAltText={requireAltText}
                  readOnly={readOnly}
                  onChange={onChange}
                  onMediaEdited={onMediaEdited}
                />
              </Tabs.Panel>
            ))}
          </Tabs>
        )}
      </Stack>
    </Paper>
  );
}
