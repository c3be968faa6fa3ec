import '@mantine/dates/styles.css';
import { useMutation } from '@apollo/client/react';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/use-ui-language';
import { CreateCampaignMutation, UpdateCampaignMutation } from './campaigns.graphql';
import { NamedEntityModal, type NamedEntityValues } from './named-entity-modal';

export interface CampaignValues extends NamedEntityValues {
  startsOn: string | null;
  endsOn: string | null;
}

export const NEW_CAMPAIGN: CampaignValues = {
  id: null,
  name: '',
  color: '#228be6',
  startsOn: null,
  endsOn: null,
};

const SWATCHES = ['#228be6', '#2f9e44', '#e8590c', '#c2255c', '#7048e8', '#1098ad', '#f08c00', '#495057'];

interface CampaignModalProps {
  brandId: string;
  /** The campaign to edit, or `NEW_CAMPAIGN`; null when closed. */
  campaign: CampaignValues | null;
  onClose(): void;
  onSaved(): void;
}

/** Creates or edits a campaign: name, colour and dates (days of the brand's calendar). */
export function CampaignModal({ brandId, campaign, onClose, onSaved }: CampaignModalProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [create, creating] = useMutation(CreateCampaignMutation);
  const [update, updating] = useMutation(UpdateCampaignMutation);
  return (
    <NamedEntityModal
      value={campaign}
      titles={{ create: t('posts.campaigns.newCampaign'), edit: t('posts.campaigns.editCampaign') }}
      nameMaxLength={120}
      swatches={SWATCHES}
      savedMessage={t('posts.campaigns.campaignSaved')}
      saving={creating.loading || updating.loading}
      save={({ id, name, color, startsOn, endsOn }) => {
        const fields = { name, color, startsOn, endsOn };
        return id
          ? update({ variables: { input: { id, ...fields } } })
          : create({ variables: { input: { brandId, ...fields } } });
      }}
      fieldMessage={(field) =>
        field.constraint === 'afterStart' ? t('posts.campaigns.endsBeforeStart') : undefined
      }
      extraFields={(values, change, errors) => (
        <DatesProvider settings={{ locale: language, firstDayOfWeek: language === 'fr' ? 1 : 0 }}>
          <DatePickerInput
            type="range"
            allowSingleDateInRange
            label={t('posts.campaigns.dates')}
            placeholder={t('posts.campaigns.noDates')}
            value={[values.startsOn, values.endsOn]}
            onChange={([startsOn, endsOn]) => change({ ...values, startsOn, endsOn })}
            valueFormat={language === 'fr' ? 'DD/MM/YYYY' : 'MMM D, YYYY'}
            clearable
            error={errors['endsOn'] ?? errors['startsOn']}
          />
        </DatesProvider>
      )}
      onClose={onClose}
      onSaved={onSaved}
    />
  );
}
