import { Locale, Role } from '@relais/contracts';

export interface InvitationMailContent {
  agencyName: string;
  inviterName: string | null;
  role: Role;
  acceptUrl: string;
  expiresAt: Date;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const ROLE_NAMES: Record<Locale, Record<Role, string>> = {
  [Locale.Fr]: {
    [Role.Owner]: 'propriétaire',
    [Role.Admin]: 'administrateur',
    [Role.AccountManager]: 'responsable de compte',
    [Role.CommunityManager]: 'community manager',
    [Role.Analyst]: 'analyste',
    [Role.BrandApprover]: 'validateur pour la marque',
    [Role.BrandViewer]: 'lecteur pour la marque',
  },
  [Locale.En]: {
    [Role.Owner]: 'owner',
    [Role.Admin]: 'admin',
    [Role.AccountManager]: 'account manager',
    [Role.CommunityManager]: 'community manager',
    [Role.Analyst]: 'analyst',
    [Role.BrandApprover]: 'brand approver',
    [Role.BrandViewer]: 'brand viewer',
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === Locale.Fr ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(date);
}

/** The invitation e-mail in the invitee's language. */
export function renderInvitation(content: InvitationMailContent, locale: Locale): RenderedMail {
  const role = ROLE_NAMES[locale][content.role];
  const expires = formatDate(content.expiresAt, locale);
  const lines =
    locale === Locale.Fr
      ? {
          subject: `Invitation à rejoindre ${content.agencyName} sur Relais`,
          intro: content.inviterName
            ? `${content.inviterName} vous invite à rejoindre ${content.agencyName} sur Relais en tant que ${role}.`
            : `Vous êtes invité à rejoindre ${content.agencyName} sur Relais en tant que ${role}.`,
          action: 'Accepter l’invitation',
          expiry: `Ce lien est valable jusqu’au ${expires}.`,
          ignore: 'Si vous ne vous attendiez pas à cette invitation, ignorez ce message.',
        }
      : {
          subject: `Join ${content.agencyName} on Relais`,
          intro: content.inviterName
            ? `${content.inviterName} invited you to join ${content.agencyName} on Relais as ${role}.`
            : `You are invited to join ${content.agencyName} on Relais as ${role}.`,
          action: 'Accept the invitation',
          expiry: `This link is valid until ${expires}.`,
          ignore: 'If you did not expect this invitation, you can ignore this message.',
        };
  const text = [
    lines.intro,
    '',
    `${lines.action}: ${content.acceptUrl}`,
    '',
    lines.expiry,
    lines.ignore,
  ].join('\n');
  const html = `<!doctype html>
<html lang="${locale}"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2933">
<p>${escapeHtml(lines.intro)}</p>
<p><a href="${escapeHtml(content.acceptUrl)}" style="display: inline-block; padding: 10px 18px; background: #3b5bdb; color: #fff; border-radius: 6px; text-decoration: none">${escapeHtml(lines.action)}</a></p>
<p style="font-size: 13px; color: #52606d">${escapeHtml(lines.expiry)}<br>${escapeHtml(lines.ignore)}</p>
</body></html>`;
  return { subject: lines.subject, text, html };
}
