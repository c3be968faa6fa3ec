import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { historyActionLabel } from './review-labels';

describe('history actions', () => {
  const fr = createI18n('fr').t;

  it('name every change the services record, in the reader’s language', () => {
    expect(historyActionLabel(fr, 'created')).toBe('Création');
    expect(historyActionLabel(fr, 'occurrence_published')).toBe('Occurrence publiée');
    expect(historyActionLabel(fr, 'occurrence_failed')).toBe('Échec d’une occurrence');
  });

  it('never show an action the console does not know yet as its English code', () => {
    expect(historyActionLabel(fr, 'moved_to_another_campaign')).toBe('Changement');
    expect(historyActionLabel(createI18n('en').t, 'moved_to_another_campaign')).toBe('Change');
  });
});
