import { useQuery } from '@apollo/client/react';
import { Anchor, Image, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { LinkPreviewQuery } from './posts.graphql';

/** How long the link must stay unchanged before its page is read. */
const LOOKUP_DELAY_MS = 600;

/** `https://www.example.org/a` → `example.org`; the text itself when it is no address. */
export function linkDomain(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * The card a link makes, as a network shows it under the post: picture, domain, title, description.
 * The page is read once the link has stopped changing; without a card, nothing but the reason, discreetly.
 */
export function LinkCardPreview({ brandId, url }: { brandId: string; url: string }) {
  const { t } = useTranslation();
  const [settled] = useDebouncedValue(url.trim(), LOOKUP_DELAY_MS);
  const lookup = useQuery(LinkPreviewQuery, {
    variables: { brandId, url: settled },
    skip: brandId === '' || !/^https?:\/\/\S+\.\S+/i.test(settled),
  });
  const preview = lookup.data?.linkPreview;
  if (!preview || preview.url !== settled) return null;
  const card = preview.card;
  if (!card) {
    return preview.warning ? (
      <Text size="xs" c="dimmed" data-testid="link-card-warning">
        {t('posts.composer.noCard', { reason: preview.warning })}
      </Text>
    ) : null;
  }
  return (
    <Paper withBorder radius="sm" style={{ overflow: 'hidden' }} data-testid="link-card">
      {card.imageUrl ? <Image src={card.imageUrl} alt="" h={140} fit="cover" /> : null}
      <Stack gap={2} p="xs" bg="gray.0">
        <Text size="xs" c="dimmed" tt="uppercase" data-testid="link-card-domain">
          {linkDomain(card.url)}
        </Text>
        <Anchor
          href={card.url}
          target="_blank"
          rel="noreferrer"
          size="sm"
          fw={600}
          style={{ overflowWrap: 'anywhere' }}
        >
          {card.title}
        </Anchor>
        {card.description ? (
          <Text size="xs" lineClamp={2}>
            {card.description}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
