import { Locale } from '@relais/contracts';
import { renderReviewLinkMail, ReviewLinkMailContent } from './review-link-mail';

const content: ReviewLinkMailContent = {
  recipientName: 'Hélène Garnier',
  brandName: 'Maison <Verdure>',
  postCount: 3,
  senderName: 'Olivia Owner',
  url: 'https://console.relais.test/review/abc.def?x=1&y=2',
  // 14:30 in Paris (winter time), 13:30 UTC.
  expiresAt: new Date('2026-12-03T13:30:00Z'),
  timezone: 'Europe/Paris',
};

describe('renderReviewLinkMail', () => {
  it('writes in French: the brand, how many posts, who sent them, until when, and the link', () => {
    const mail = renderReviewLinkMail(content, Locale.Fr);
    expect(mail.subject).toBe('Maison <Verdure> : 3 publications à valider');
    expect(mail.text).toContain('Bonjour Hélène Garnier,');
    expect(mail.text).toContain('Olivia Owner vous a envoyé 3 publications de Maison <Verdure> à valider.');
    expect(mail.text).toContain(`Voir les publications : ${content.url}`);
    expect(mail.text).toMatch(/Ce lien est valable jusqu’au 3 décembre 2026 à 14:30 UTC\+1\./);
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('Maison &#60;Verdure&#62;');
    expect(mail.html).not.toContain('<Verdure>');
    expect(mail.html).toContain('href="https://console.relais.test/review/abc.def?x=1&#38;y=2"');
  });

  it('writes in English, in the brand’s time zone', () => {
    const mail = renderReviewLinkMail({ ...content, timezone: 'America/New_York' }, Locale.En);
    expect(mail.subject).toBe('Maison <Verdure>: 3 posts to review');
    expect(mail.text).toContain('Hello Hélène Garnier,');
    expect(mail.text).toContain('Olivia Owner sent you 3 posts from Maison <Verdure> to review.');
    expect(mail.text).toContain(`Review the posts: ${content.url}`);
    expect(mail.text).toMatch(/This link is valid until 3 December 2026 at 08:30 GMT-5\./);
    expect(mail.html).toContain('<html lang="en">');
  });

  it('speaks of one post in the singular, and does without the sender’s name', () => {
    const one = { ...content, postCount: 1, senderName: null };
    expect(renderReviewLinkMail(one, Locale.Fr)).toMatchObject({
      subject: 'Maison <Verdure> : une publication à valider',
      text: expect.stringContaining('Une publication de Maison <Verdure> attend votre validation.'),
    });
    expect(renderReviewLinkMail(one, Locale.Fr).text).toContain(`Voir la publication : ${content.url}`);
    expect(renderReviewLinkMail(one, Locale.En)).toMatchObject({
      subject: 'Maison <Verdure>: 1 post to review',
      text: expect.stringContaining('A post from Maison <Verdure> is waiting for your review.'),
    });
  });
});
