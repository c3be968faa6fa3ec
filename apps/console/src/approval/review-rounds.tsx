import { Badge, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { decisionLabel, fieldLabel, outcomeLabel } from './review-labels';
import type { ReviewDecisionView, ReviewRoundView } from './review-types';
import { useUiLanguage } from '../i18n/use-ui-language';
import { WordDiff } from './word-diff';
import { personName } from '../ui/person-name';

function Decision({ decision, zone }: { decision: ReviewDecisionView; zone: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const approved = decision.decision === 'APPROVED';
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('approval.rounds.step', { position: decision.position })}
          {decision.role ? ` · ${t(`roles.${decision.role}`)}` : ''}
        </Text>
        <Badge size="sm" variant="light" color={approved ? 'teal' : 'orange'}>
          {decisionLabel(t, decision.decision)}
        </Badge>
        {decision.viaLink ? (
          <Badge size="sm" variant="outline" color="gray">
            {t('approval.viaLink')}
          </Badge>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {t('approval.rounds.decidedBy', {
          name: personName(decision.byName, t),
          date: formatDateTime(decision.decidedAt, language, zone),
        })}
      </Text>
      {decision.comment ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {decision.comment}
        </Text>
      ) : null}
    </Stack>
  );
}

function Changes({ round }: { round: ReviewRoundView }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={5}>{t('approval.rounds.changesSince', { number: round.number - 1 })}</Title>
      {round.changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('approval.rounds.noChanges')}
        </Text>
      ) : (
        round.changes.map((change) => (
          <Stack gap={2} key={`${change.field}-${change.network ?? 'base'}`}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {fieldLabel(t, change.field)}
              {change.network ? ` · ${t(`networks.${change.network}`)}` : ''}
            </Text>
            <WordDiff parts={change.parts} />
          </Stack>
        ))
      )}
    </Stack>
  );
}

function Round({ round, latest, zone }: { round: ReviewRoundView; latest: boolean; zone: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      component="section"
      aria-label={t('approval.rounds.round', { number: round.number })}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={700} size="sm">
            {t('approval.rounds.round', { number: round.number })}
            <Text span c="dimmed" size="xs" ml={6}>
              {t('approval.rounds.version', { version: round.version })}
            </Text>
          </Text>
          {round.outcome ? (
            <Badge size="sm" variant="dot">
              {outcomeLabel(t, round.outcome)}
            </Badge>
          ) : (
            <Badge size="sm" variant="dot" color="yellow">
              {t('approval.rounds.open')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('approval.rounds.submitted', {
            name: personName(round.submittedByName, t),
            date: formatDateTime(round.submittedAt, language, zone),
          })}
        </Text>
        {latest && round.number > 1 ? <Changes round={round} /> : null}
        {round.decisions.length > 0 ? (
          <>
            <Divider />
            {round.decisions.map((decision) => (
              <Decision key={`${decision.position}-${decision.decidedAt}`} decision={decision} zone={zone} />
            ))}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The review rounds, latest first; the latest shows what changed since the round before it. */
export function ReviewRounds({ rounds, zone }: { rounds: readonly ReviewRoundView[]; zone: string }) {
  const { t } = useTranslation();
  const ordered = [...rounds].sort((a, b) => b.number - a.number);
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        {t('approval.rounds.title')}
      </Title>
      {ordered.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('approval.rounds.none')}
        </Text>
      ) : (
        ordered.map((round, index) => (
          <Round key={round.number} round={round} latest={index === 0} zone={zone} />
        ))
      )}
    </Stack>
  );
}
