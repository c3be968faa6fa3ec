import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { publicationSummaryText, type PublicationSummary } from './publication-summary';

const WORDS = 'Validation failed: Text can’t be blank';
const failed: PublicationSummary = {
  total: 1,
  failed: 1,
  network: 'MASTODON',
  failureCode: 'REJECTED',
  networkMessage: WORDS,
};

describe('publicationSummaryText', () => {
  it('says a failure in French, keeping the network’s own words as they were written', () => {
    const { t } = createI18n('fr');
    expect(publicationSummaryText(failed, t)).toBe(
      `Échec sur 1 compte sur 1. Mastodon : Le réseau a refusé le contenu. Réponse de Mastodon : « ${WORDS} »`,
    );
    expect(publicationSummaryText({ ...failed, total: 3, networkMessage: null }, t)).toBe(
      'Échec sur 1 des 3 comptes. Mastodon : Le réseau a refusé le contenu.',
    );
  });

  it('says it in English', () => {
    const { t } = createI18n('en');
    expect(publicationSummaryText(failed, t)).toBe(
      `Failed on 1 of 1 account. Mastodon: The network refused the content. Mastodon said: “${WORDS}”`,
    );
    expect(
      publicationSummaryText({ ...failed, total: 3, failed: 2, failureCode: null, network: null }, t),
    ).toBe(`Failed on 2 of 3 accounts. The network said: “${WORDS}”`);
  });

  it('counts the accounts a post was published on', () => {
    const published = { ...failed, failed: 0, network: null, failureCode: null, networkMessage: null };
    expect(publicationSummaryText({ ...published, total: 2 }, createI18n('en').t)).toBe(
      'Published on 2 accounts.',
    );
    expect(publicationSummaryText(published, createI18n('fr').t)).toBe('Publiée sur 1 compte.');
  });
});
