import '@mantine/dates/styles.css';
import 'dayjs/locale/fr';
import { Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/use-ui-language';
import { timezoneLabel } from '../brands/timezones';
import type { ComposerDraft } from './composer-draft';

interface PlanningFieldsProps {
  draft: ComposerDraft;
  zone: string;
  campaigns: readonly { id: string; name: string }[];
  labels: readonly { id: string; name: string }[];
  readOnly: boolean;
  errors: Partial<Record<'scheduledAt' | 'campaignId' | 'labelIds', string>>;
  onChange(draft: ComposerDraft): void;
}

/** When the post is planned (entered and shown in the brand's time zone), its campaign and labels. */
export function PlanningFields({
  draft,
  zone,
  campaigns,
  labels,
  readOnly,
  errors,
  onChange,
}: PlanningFieldsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={4}>{t('posts.composer.planning')}</Title>
        <DatesProvider settings={{ locale: language, firstDayOfWeek: language === 'fr' ? 1 : 0 }}>
          <DateTimePicker
            label={t('posts.composer.plannedAt')}
            description={t('posts.composer.plannedZone', { zone: timezoneLabel(zone, new Date()) })}
            value={draft.scheduledAt}
            onChange={(value) => onChange({ ...draft, scheduledAt: value })}
            valueFormat={language === 'fr' ? 'DD/MM/YYYY HH:mm' : 'MMM D, YYYY h:mm A'}
            timePickerProps={{
              format: language === 'fr' ? '24h' : '12h',
              hoursInputLabel: t('posts.composer.hours'),
              minutesInputLabel: t('posts.composer.minutes'),
            }}
            submitButtonProps={{ 'aria-label': t('posts.composer.confirmDate') }}
            clearable
            readOnly={readOnly}
            error={errors.scheduledAt}
            data-testid="planned-at"
          />
        </DatesProvider>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('posts.composer.campaign')}
            placeholder={t('posts.composer.noCampaign')}
            data={campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name }))}
            value={draft.campaignId}
            onChange={(value) => onChange({ ...draft, campaignId: value })}
            clearable
            readOnly={readOnly}
            error={errors.campaignId}
          />
          <Group grow>
            <MultiSelect
              label={t('posts.composer.labels')}
              placeholder={labels.length === 0 ? t('posts.composer.noLabels') : undefined}
              data={labels.map((label) => ({ value: label.id, label: label.name }))}
              value={draft.labelIds}
              onChange={(value) => onChange({ ...draft, labelIds: value })}
              readOnly={readOnly}
              error={errors.labelIds}
              searchable
            />
          </Group>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
