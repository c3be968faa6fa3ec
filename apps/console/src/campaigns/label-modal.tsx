import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CreateLabelMutation, UpdateLabelMutation } from './campaigns.graphql';
import { NamedEntityModal, type NamedEntityValues } from './named-entity-modal';

export type LabelValues = NamedEntityValues;

export const NEW_LABEL: LabelValues = { id: null, name: '', color: '#868e96' };

interface LabelModalProps {
  brandId: string;
  label: LabelValues | null;
  onClose(): void;
  onSaved(): void;
}

/** Creates or renames a label. */
export function LabelModal({ brandId, label, onClose, onSaved }: LabelModalProps) {
  const { t } = useTranslation();
  const [create, creating] = useMutation(CreateLabelMutation);
  const [update, updating] = useMutation(UpdateLabelMutation);
  return (
    <NamedEntityModal
      value={label}
      titles={{ create: t('posts.campaigns.newLabel'), edit: t('posts.campaigns.editLabel') }}
      nameMaxLength={60}
      savedMessage={t('posts.campaigns.labelSaved')}
      saving={creating.loading || updating.loading}
      save={({ id, name, color }) =>
        id
          ? update({ variables: { input: { id, name, color } } })
          : create({ variables: { input: { brandId, name, color } } })
      }
      onClose={onClose}
      onSaved={onSaved}
    />
  );
}
