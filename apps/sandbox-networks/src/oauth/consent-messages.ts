import type { IncomingHttpHeaders } from 'node:http';

export type Locale = 'en' | 'fr';

/** A sentence per language, for scopes and page texts. */
export type Localized = Record<Locale, string>;

/** The consent page's own words. */
export const CONSENT_MESSAGES = {
  title: { en: 'Authorize access', fr: 'Autoriser l’accès' },
  wants: {
    en: '{app} wants to access your {network} account.',
    fr: '{app} souhaite accéder à votre compte {network}.',
  },
  allows: { en: 'This will allow {app} to:', fr: 'Cela permettra à {app} de :' },
  signInAs: { en: 'Sign in as', fr: 'Se connecter en tant que' },
  noPeople: {
    en: 'No {network} account exists in the sandbox yet: provision one with POST /control/accounts.',
    fr: 'Aucun compte {network} n’existe encore dans le bac à sable : créez-en un avec POST /control/accounts.',
  },
  chooseSomeone: { en: 'Choose who signs in.', fr: 'Choisissez qui se connecte.' },
  authorize: { en: 'Authorize', fr: 'Autoriser' },
  cancel: { en: 'Cancel', fr: 'Annuler' },
  redirectNote: {
    en: 'You will be sent back to {uri}.',
    fr: 'Vous serez renvoyé vers {uri}.',
  },
  sandboxNote: {
    en: 'Relais sandbox: an emulation of {network}, no real account is involved.',
    fr: 'Bac à sable Relais : une émulation de {network}, aucun vrai compte n’est en jeu.',
  },
  errorTitle: { en: 'Something went wrong', fr: 'Un problème est survenu' },
  pages: { en: '{count} page(s)', fr: '{count} page(s)' },
  organizations: { en: '{count} organization(s)', fr: '{count} organisation(s)' },
} satisfies Record<string, Localized>;

/** `?locale=fr|en` first, then the first of French or English in `Accept-Language`, else English. */
export function localeOf(explicit: string | null, headers: IncomingHttpHeaders): Locale {
  if (explicit === 'fr' || explicit === 'en') return explicit;
  const accepted = (headers['accept-language'] ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())).find(Boolean);
      return { tag: tag.toLowerCase(), q: q ? Number(q[1]) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of accepted) {
    if (tag === 'fr' || tag.startsWith('fr-')) return 'fr';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

/** A message in a language, `{name}` placeholders filled. */
export function say(
  message: Localized,
  locale: Locale,
  values: Record<string, string | number> = {},
): string {
  return message[locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
