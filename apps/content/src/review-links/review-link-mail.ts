import { Locale } from '@relais/contracts';

/** What the e-mail sending a review link to its recipient says. */
export interface ReviewLinkMailContent {
  recipientName: string;
  brandName: string;
  postCount: number;
  /** Who created the link; null when their name is unknown. */
  senderName: string | null;
  url: string;
  expiresAt: Date;
  /** The brand's IANA time zone: the expiry is written in it. */
  timezone: string;
}

export interface RenderedReviewLinkMail {
  subject: string;
  text: string;
  html: string;
}

interface Lines {
  subject: string;
  greeting: string;
  intro: string;
  how: string;
  action: string;
  actionAt: string;
  expiry: string;
  personal: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The expiry in the brand's time zone, with the zone's offset so that nobody misreads it. */
export function formatExpiry(date: Date, timezone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === Locale.Fr ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: timezone,
    timeZoneName: 'short',
  }).format(date);
}

function french(content: ReviewLinkMailContent, expires: string): Lines {
  const posts = content.postCount === 1 ? 'une publication' : `${content.postCount} publications`;
  return {
    subject: `${content.brandName} : ${posts} à valider`,
    greeting: `Bonjour ${content.recipientName},`,
    intro: content.senderName
      ? `${content.senderName} vous a envoyé ${posts} de ${content.brandName} à valider.`
      : `${posts[0].toUpperCase()}${posts.slice(1)} de ${content.brandName} ${content.postCount === 1 ? 'attend' : 'attendent'} votre validation.`,
    how: 'Pour chacune, vous pouvez la valider, demander des modifications ou laisser un commentaire, sans créer de compte.',
    action: content.postCount === 1 ? 'Voir la publication' : 'Voir les publications',
    actionAt: `Voir ${content.postCount === 1 ? 'la publication' : 'les publications'} : ${content.url}`,
    expiry: `Ce lien est valable jusqu’au ${expires}.`,
    personal: 'Ce lien vous est personnel : merci de ne pas le transférer.',
  };
}

function english(content: ReviewLinkMailContent, expires: string): Lines {
  const posts = content.postCount === 1 ? 'a post' : `${content.postCount} posts`;
  return {
    subject: `${content.brandName}: ${content.postCount === 1 ? '1 post' : posts} to review`,
    greeting: `Hello ${content.recipientName},`,
    intro: content.senderName
      ? `${content.senderName} sent you ${posts} from ${content.brandName} to review.`
      : `${content.postCount === 1 ? 'A post' : posts} from ${content.brandName} ${content.postCount === 1 ? 'is' : 'are'} waiting for your review.`,
    how: 'For each one, you can approve it, request changes or leave a comment, without creating an account.',
    action: content.postCount === 1 ? 'Review the post' : 'Review the posts',
    actionAt: `Review ${content.postCount === 1 ? 'the post' : 'the posts'}: ${content.url}`,
    expiry: `This link is valid until ${expires}.`,
    personal: 'This link is personal to you: please do not forward it.',
  };
}

/** The review link e-mail in the brand's language, as plain text and HTML. */
export function renderReviewLinkMail(content: ReviewLinkMailContent, locale: Locale): RenderedReviewLinkMail {
  const expires = formatExpiry(content.expiresAt, content.timezone, locale);
  const lines = locale === Locale.Fr ? french(content, expires) : english(content, expires);
  const text = [
    lines.greeting,
    '',
    lines.intro,
    lines.how,
    '',
    lines.actionAt,
    '',
    lines.expiry,
    lines.personal,
  ].join('\n');
  const html = `<!doctype html>
<html lang="${locale}"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2933">
<p>${escapeHtml(lines.greeting)}</p>
<p>${escapeHtml(lines.intro)}<br>${escapeHtml(lines.how)}</p>
<p><a href="${escapeHtml(content.url)}" style="display: inline-block; padding: 10px 18px; background: #3b5bdb; color: #fff; border-radius: 6px; text-decoration: none">${escapeHtml(lines.action)}</a></p>
<p style="font-size: 13px; color: #52606d">${escapeHtml(lines.expiry)}<br>${escapeHtml(lines.personal)}</p>
</body></html>`;
  return { subject: lines.subject, text, html };
}
