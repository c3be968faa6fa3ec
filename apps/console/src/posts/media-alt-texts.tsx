import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { altTextProblems, type AltTextProblem } from '@relais/network-rules';
import type { MediaFieldsFragment, Network } from '@relais/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AltTextModal } from '../media/alt-text-modal';
import { MediaThumb } from '../media/media-thumb';
import { ruleNetwork } from './live-check';
import type { LoadedMedia } from './use-media-facts';

interface MediaAltTextsProps {
  network: Network;
  mediaIds: readonly string[];
  media: LoadedMedia;
  /** The brand asks for a description of every image: a missing one refuses scheduling. */
  requireAltText: boolean;
  readOnly: boolean;
  /** Called once an alt text was saved, to read the files again. */
  onEdited(): void;
}

/** The pictures' descriptions of one network's version: each one's text, what is wrong with it, an edit. */
export function MediaAltTexts({
  network,
  mediaIds,
  media,
  requireAltText,
  readOnly,
  onEdited,
}: MediaAltTextsProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<MediaFieldsFragment | null>(null);
  const images = mediaIds.flatMap((id) => {
    const file = media.get(id);
    return file && file.kind === 'IMAGE' ? [file] : [];
  });
  if (images.length === 0) return null;
  // Missing descriptions are always found here; whether they refuse scheduling is the brand's choice.
  const problems = altTextProblems(
    ruleNetwork(network),
    images.map((file) => ({ mediaId: file.id, fileName: file.fileName, altText: file.altText })),
    true,
  );
  const problemOf = (id: string): AltTextProblem | undefined =>
    problems.find((problem) => problem.mediaId === id);
  const warning = (problem: AltTextProblem) =>
    problem.rule === 'ALT_TEXT_MISSING'
      ? t(requireAltText ? 'posts.altText.missingRequired' : 'posts.altText.missing')
      : t('posts.altText.tooLong', {
          network: t(`posts.networks.${network}`),
          limit: problem.limit,
          used: problem.used,
        });
  return (
    <Stack gap="xs" data-testid={`alt-texts-${network}`}>
      <Text size="sm" fw={600}>
        {t('posts.altText.title')}
      </Text>
      {images.map((file) => {
        const problem = problemOf(file.id);
        const blocking = problem && (problem.rule === 'ALT_TEXT_TOO_LONG' || requireAltText);
        return (
          <Paper key={file.id} withBorder p="xs" radius="sm" aria-label={file.fileName}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <MediaThumb media={file} size={56} />
              <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Text size="xs" c="dimmed" truncate>
                  {file.fileName}
                </Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }} lineClamp={3}>
                  {file.altText.trim() === '' ? t('posts.altText.none') : file.altText}
                </Text>
                {problem ? (
                  <Text
                    size="xs"
                    c={blocking ? 'red.8' : 'yellow.9'}
                    role={blocking ? 'alert' : undefined}
                    data-testid="alt-text-warning"
                    data-blocking={blocking || undefined}
                  >
                    {warning(problem)}
                  </Text>
                ) : null}
              </Stack>
              {readOnly ? null : (
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => setEditing(file)}
                  aria-label={t('posts.altText.editFor', { name: file.fileName })}
                >
                  {t('posts.altText.edit')}
                </Button>
              )}
            </Group>
          </Paper>
        );
      })}
      <AltTextModal
        media={editing}
        onClose={() => {
          setEditing(null);
          onEdited();
        }}
      />
    </Stack>
  );
}
