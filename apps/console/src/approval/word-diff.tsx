import { Box, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DiffPartView } from './review-types';

const ADDED_STYLE = {
  backgroundColor: 'var(--mantine-color-teal-1)',
  color: 'var(--mantine-color-teal-9)',
  textDecoration: 'underline',
  textDecorationThickness: '2px',
};

const REMOVED_STYLE = {
  backgroundColor: 'var(--mantine-color-red-1)',
  color: 'var(--mantine-color-red-9)',
  textDecoration: 'line-through',
};

/**
 * A word diff: added words underlined on green in `<ins>`, removed ones struck through on red in `<del>`,
 * each also announced in words for screen readers, so nothing relies on colour alone.
 */
export function WordDiff({ parts }: { parts: readonly DiffPartView[] }) {
  const { t } = useTranslation();
  return (
    <Box
      component="p"
      fz="sm"
      m={0}
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.6 }}
    >
      {parts.map((part, index) => {
        const key = `${index}-${part.kind}`;
        if (part.kind === 'ADDED') {
          return (
            <ins key={key} style={ADDED_STYLE}>
              <VisuallyHidden>{t('approval.diff.added')}</VisuallyHidden>
              {part.text}
            </ins>
          );
        }
        if (part.kind === 'REMOVED') {
          return (
            <del key={key} style={REMOVED_STYLE}>
              <VisuallyHidden>{t('approval.diff.removed')}</VisuallyHidden>
              {part.text}
            </del>
          );
        }
        return <span key={key}>{part.text}</span>;
      })}
      {parts.length === 0 ? (
        <Text span c="dimmed" fz="sm">
          {t('approval.diff.empty')}
        </Text>
      ) : null}
    </Box>
  );
}
