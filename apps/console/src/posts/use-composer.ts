import { useQuery } from '@apollo/client/react';
import type { Network } from '@relais/web-graphql';
import { useMemo, useState } from 'react';
import { targetedNetworks, type ComposerDraft } from './composer-draft';
import { blocksSaving, liveCheck } from './live-check';
import { ComposerBrandQuery } from './posts.graphql';
import { useMediaFacts } from './use-media-facts';

/**
 * The composer's draft and what follows from it: the brand's accounts, zone, campaigns and labels, the
 * networks targeted, the media's facts and the networks' rules checked as the draft changes.
 */
export function useComposer(initial: ComposerDraft) {
  const [draft, setDraft] = useState<ComposerDraft>(initial);
  const options = useQuery(ComposerBrandQuery, {
    variables: { brandId: draft.brandId },
    skip: draft.brandId === '',
  });
  const brand = options.data?.brand;
  const zone = brand?.timezone ?? 'UTC';
  const accounts = useMemo(() => brand?.socialAccounts ?? [], [brand]);
  const accountIds = draft.accountIds;
  const networks = useMemo(() => targetedNetworks({ accountIds }, accounts), [accountIds, accounts]);
  const guidelines = useMemo(
    () => ({
      bannedWords: brand?.guidelines.bannedWords ?? [],
      requiredHashtags: brand?.guidelines.requiredHashtags ?? [],
    }),
    [brand],
  );
  const { media, reload: reloadMedia } = useMediaFacts([
    ...draft.mediaIds,
    ...Object.values(draft.variants).flatMap((variant) => (variant.customized ? variant.mediaIds : [])),
  ]);
  const check = useMemo(
    () => liveCheck(draft, networks, guidelines, media),
    [draft, networks, guidelines, media],
  );

  /** The account a network's version goes out on, as its preview shows it. */
  const accountFor = (network: Network) => {
    const account = accounts.find(
      (candidate) => candidate.network === network && draft.accountIds.includes(candidate.id),
    );
    return { handle: account?.handle ?? '', displayName: account?.displayName ?? brand?.name ?? '' };
  };

  return {
    draft,
    setDraft,
    options,
    brand,
    zone,
    accounts,
    networks,
    media,
    reloadMedia,
    requireAltText: brand?.guidelines.requireAltText ?? false,
    check,
    blocked: blocksSaving(check),
    accountFor,
  };
}
