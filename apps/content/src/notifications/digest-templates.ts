import { Locale, NotificationKind, PublicationSummaryView } from '@relais/contracts';
import { outcomeWords } from './outcome-words';

/** One line of a digest. */
export interface DigestItem {
  kind: NotificationKind;
  postId: string;
  postTitle: string;
  brandName: string;
  actorName: string | null;
  excerpt: string | null;
  /** A failed post's outcome, said in the recipient's language instead of the English excerpt. */
  summary?: PublicationSummaryView | null;
  createdAt: Date;
}

export interface DigestMail {
  subject: string;
  text: string;
  html: string;
}

type Phrases = Record<NotificationKind, (actor: string) => string>;

const PHRASES: Record<Locale, Phrases> = {
  [Locale.Fr]: {
    [NotificationKind.ReviewRequested]: (actor) => `${actor} attend votre validation`,
    [NotificationKind.ChangesRequested]: (actor) => `${actor} demande des modifications`,
    [NotificationKind.PostApproved]: (actor) => `${actor} a validé la publication`,
    [NotificationKind.PostScheduled]: (actor) => `${actor} a programmé la publication`,
    [NotificationKind.PostFailed]: () => 'La publication n’a pas pu être mise en ligne',
    [NotificationKind.Mentioned]: (actor) => `${actor} vous a mentionné`,
    [NotificationKind.Commented]: (actor) => `${actor} a commenté`,
  },
  [Locale.En]: {
    [NotificationKind.ReviewRequested]: (actor) => `${actor} is waiting for your review`,
    [NotificationKind.ChangesRequested]: (actor) => `${actor} requested changes`,
    [NotificationKind.PostApproved]: (actor) => `${actor} approved the post`,
    [NotificationKind.PostScheduled]: (actor) => `${actor} scheduled the post`,
    [NotificationKind.PostFailed]: () => 'The post could not be published',
    [NotificationKind.Mentioned]: (actor) => `${actor} mentioned you`,
    [NotificationKind.Commented]: (actor) => `${actor} commented`,
  },
};

const WORDS = {
  [Locale.Fr]: {
    someone: 'Quelqu’un',
    untitled: 'Publication sans titre',
    subject: (count: number) =>
      count === 1 ? '1 nouvelle notification sur Relais' : `${count} nouvelles notifications sur Relais`,
    greeting: (name: string) => `Bonjour ${name},`,
    intro: (count: number) =>
      count === 1
        ? 'Voici ce qui s’est passé depuis votre dernière visite :'
        : `Voici les ${count} choses qui se sont passées depuis votre dernière visite :`,
    quote: (text: string) => `« ${text} »`,
    open: 'Ouvrir',
    all: 'Toutes vos notifications',
    allAt: (url: string) => `Toutes vos notifications : ${url}`,
    footer: 'Vous recevez ce résumé car ces notifications n’ont pas encore été lues dans Relais.',
  },
  [Locale.En]: {
    someone: 'Someone',
    untitled: 'Untitled post',
    subject: (count: number) =>
      count === 1 ? '1 new notification on Relais' : `${count} new notifications on Relais`,
    greeting: (name: string) => `Hello ${name},`,
    intro: (count: number) =>
      count === 1
        ? 'Here is what happened since your last visit:'
        : `Here are the ${count} things that happened since your last visit:`,
    quote: (text: string) => `“${text}”`,
    open: 'Open',
    all: 'All your notifications',
    allAt: (url: string) => `All your notifications: ${url}`,
    footer: 'You receive this summary because these notifications are still unread in Relais.',
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function postUrl(consoleUrl: string, postId: string): string {
  return `${consoleUrl}/posts/${encodeURIComponent(postId)}`;
}

/** The digest of one recipient's pending notifications, in their language (plain text and HTML). */
export function renderDigest(
  recipientName: string,
  items: readonly DigestItem[],
  locale: Locale,
  consoleUrl: string,
): DigestMail {
  const words = WORDS[locale];
  const phrases = PHRASES[locale];
  const lines = items.map((item) => {
    const title = item.postTitle.trim() || words.untitled;
    return {
      what: phrases[item.kind](item.actorName?.trim() || words.someone),
      where: `${item.brandName} · ${title}`,
      // The outcome is said, not quoted; a comment is quoted.
      quoted: item.summary
        ? outcomeWords(item.summary, locale)
        : item.excerpt
          ? words.quote(item.excerpt)
          : null,
      url: postUrl(consoleUrl, item.postId),
    };
  });
  const text = [
    words.greeting(recipientName),
    '',
    words.intro(items.length),
    '',
    ...lines.flatMap((line) => [
      `- ${line.where}`,
      `  ${line.what}`,
      ...(line.quoted ? [`  ${line.quoted}`] : []),
      `  ${line.url}`,
      '',
    ]),
    words.allAt(`${consoleUrl}/notifications`),
    '',
    words.footer,
  ].join('\n');
  const rows = lines
    .map(
      (line) => `
      <li style="margin:0 0 16px">
        <strong>${escapeHtml(line.where)}</strong><br>
        ${escapeHtml(line.what)}${line.quoted ? `<br><em>${escapeHtml(line.quoted)}</em>` : ''}<br>
        <a href="${escapeHtml(line.url)}">${escapeHtml(words.open)}</a>
      </li>`,
    )
    .join('');
  const html = `<!doctype html>
<html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1b1e">
  <p>${escapeHtml(words.greeting(recipientName))}</p>
  <p>${escapeHtml(words.intro(items.length))}</p>
  <ul style="padding-left:20px">${rows}
  </ul>
  <p><a href="${escapeHtml(`${consoleUrl}/notifications`)}">${escapeHtml(words.all)}</a></p>
  <p style="color:#868e96;font-size:12px">${escapeHtml(words.footer)}</p>
</body></html>`;
  return { subject: words.subject(items.length), text, html };
}
