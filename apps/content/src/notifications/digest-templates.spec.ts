import { Locale, Network, NotificationKind, PublishFailureCode } from '@relais/contracts';
import { DigestItem, renderDigest } from './digest-templates';

const item = (extra: Partial<DigestItem> = {}): DigestItem => ({
  kind: NotificationKind.ReviewRequested,
  postId: 'p-1',
  postTitle: 'Spring <launch>',
  brandName: 'Maison & Co',
  actorName: 'Camille',
  excerpt: null,
  createdAt: new Date('2030-01-01T10:00:00Z'),
  ...extra,
});

describe('renderDigest', () => {
  it('lists every notification with its link, in French', () => {
    const mail = renderDigest(
      'Rémi',
      [item(), item({ kind: NotificationKind.Mentioned, postId: 'p-2', excerpt: 'Voir ici', postTitle: '' })],
      Locale.Fr,
      'https://console.example',
    );
    expect(mail.subject).toBe('2 nouvelles notifications sur Relais');
    expect(mail.text).toContain('Bonjour Rémi,');
    expect(mail.text).toContain('- Maison & Co · Spring <launch>\n  Camille attend votre validation');
    expect(mail.text).toContain('Maison & Co · Publication sans titre');
    expect(mail.text).toContain('« Voir ici »');
    expect(mail.text).toContain('https://console.example/posts/p-1');
    expect(mail.text).toContain('https://console.example/posts/p-2');
    expect(mail.html).toContain('href="https://console.example/posts/p-2"');
  });

  it('escapes HTML and writes English for English readers', () => {
    const mail = renderDigest('Emma', [item({ actorName: null })], Locale.En, 'https://console.example');
    expect(mail.subject).toBe('1 new notification on Relais');
    expect(mail.text).toContain('Someone is waiting for your review');
    expect(mail.html).toContain('Maison &#38; Co · Spring &#60;launch&#62;');
    expect(mail.html).not.toContain('<launch>');
  });

  it('says a post failed to publish, with the reason, without naming anyone', () => {
    const failed = item({
      kind: NotificationKind.PostFailed,
      actorName: null,
      excerpt: 'Failed on 1 of 2 accounts: Mastodon refused the post',
    });
    const fr = renderDigest('Léa', [failed], Locale.Fr, 'https://console.example');
    expect(fr.text).toContain(
      '- Maison & Co · Spring <launch>\n  La publication n’a pas pu être mise en ligne\n  « Failed on 1 of 2 accounts',
    );
    expect(fr.text).not.toContain('Quelqu’un');
    const en = renderDigest('Emma', [failed], Locale.En, 'https://console.example');
    expect(en.text).toContain('  The post could not be published\n');
  });

  it('says a failed post’s outcome in the reader’s language, keeping the network’s own words', () => {
    const failed = item({
      kind: NotificationKind.PostFailed,
      actorName: null,
      excerpt: 'Failed on 1 of 2 accounts: Mastodon refused the post',
      summary: {
        total: 2,
        failed: 1,
        network: Network.Mastodon,
        failureCode: PublishFailureCode.Rejected,
        networkMessage: 'Text can’t be blank',
      },
    });
    const fr = renderDigest('Léa', [failed], Locale.Fr, 'https://console.example');
    expect(fr.text).toContain(
      '  Échec sur 1 des 2 comptes. Mastodon : le réseau a refusé le contenu. Réponse de Mastodon : « Text can’t be blank »\n',
    );
    expect(fr.text).not.toContain('Failed on');
    const en = renderDigest('Emma', [failed], Locale.En, 'https://console.example');
    expect(en.text).toContain(
      '  Failed on 1 of 2 accounts. Mastodon: the network refused the content. Mastodon said: “Text can’t be blank”\n',
    );
  });
});
