import escapeHtml from 'escape-html';
import { CONSENT_MESSAGES, Locale, Localized, say } from './consent-messages';

/** Someone who can sign in on the consent page. */
export interface ConsentPerson {
  login: string;
  label: string;
  /** A second line: the handle, or how many pages/organizations the person administers. */
  detail: string | null;
}

export interface ConsentPageInput {
  locale: Locale;
  networkName: string;
  /** CSS colour of the network's brand (header and primary button). */
  accent: string;
  appName: string;
  /** The form posts back to the page's own path. */
  action: string;
  /** Every parameter of the authorization request, posted back as hidden inputs. */
  hidden: Record<string, string>;
  scopes: Array<{ scope: string; text: Localized }>;
  people: ConsentPerson[];
  redirectUri: string;
  /** Shown above the form (a login that is nobody). */
  error: string | null;
}

/** The consent screen: who asks, what for, who signs in, Authorize or Cancel. No external asset. */
export function consentPage(input: ConsentPageInput): string {
  const { locale } = input;
  const values = { app: input.appName, network: input.networkName };
  const scopes = input.scopes
    .map(
      ({ scope, text }) =>
        `<li><span class="scope">${escapeHtml(scope)}</span>${escapeHtml(text[locale])}</li>`,
    )
    .join('');
  const people =
    input.people.length === 0
      ? `<p class="empty">${escapeHtml(say(CONSENT_MESSAGES.noPeople, locale, values))}</p>`
      : input.people
          .map(
            (person, index) =>
              `<label class="person"><input type="radio" name="login" value="${escapeHtml(person.login)}"${
                index === 0 ? ' checked' : ''
              }><span><strong>${escapeHtml(person.label)}</strong>${
                person.detail ? `<small>${escapeHtml(person.detail)}</small>` : ''
              }</span></label>`,
          )
          .join('');
  const hidden = Object.entries(input.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const body = `
<header><span class="brand">${escapeHtml(input.networkName)}</span></header>
<main>
  <h1>${escapeHtml(say(CONSENT_MESSAGES.title, locale))}</h1>
  <p class="lead">${escapeHtml(say(CONSENT_MESSAGES.wants, locale, values))}</p>
  ${input.error ? `<p class="error" role="alert">${escapeHtml(input.error)}</p>` : ''}
  <form method="post" action="${escapeHtml(input.action)}">
    ${hidden}
    <h2>${escapeHtml(say(CONSENT_MESSAGES.allows, locale, values))}</h2>
    <ul class="scopes">${scopes}</ul>
    <fieldset><legend>${escapeHtml(say(CONSENT_MESSAGES.signInAs, locale))}</legend>${people}</fieldset>
    <p class="note">${escapeHtml(say(CONSENT_MESSAGES.redirectNote, locale, { uri: input.redirectUri }))}</p>
    <div class="actions">
      <button type="submit" name="decision" value="deny" class="secondary">${escapeHtml(say(CONSENT_MESSAGES.cancel, locale))}</button>
      <button type="submit" name="decision" value="allow" class="primary"${
        input.people.length === 0 ? ' disabled' : ''
      }>${escapeHtml(say(CONSENT_MESSAGES.authorize, locale))}</button>
    </div>
  </form>
</main>
<footer>${escapeHtml(say(CONSENT_MESSAGES.sandboxNote, locale, values))}</footer>`;
  return page(locale, `${say(CONSENT_MESSAGES.title, locale)} · ${input.networkName}`, input.accent, body);
}

/** The page shown instead of redirecting: an unknown app or a redirect URI it did not register. */
export function authorizationErrorPage(input: {
  locale: Locale;
  networkName: string;
  accent: string;
  error: string;
  description: string;
}): string {
  const body = `
<header><span class="brand">${escapeHtml(input.networkName)}</span></header>
<main>
  <h1>${escapeHtml(say(CONSENT_MESSAGES.errorTitle, input.locale))}</h1>
  <p class="error" role="alert"><code>${escapeHtml(input.error)}</code> ${escapeHtml(input.description)}</p>
</main>
<footer>${escapeHtml(say(CONSENT_MESSAGES.sandboxNote, input.locale, { network: input.networkName }))}</footer>`;
  return page(
    input.locale,
    `${say(CONSENT_MESSAGES.errorTitle, input.locale)} · ${input.networkName}`,
    input.accent,
    body,
  );
}

function page(locale: Locale, title: string, accent: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE.replace(/--accent-value/g, /^#[0-9a-fA-F]{3,8}$/.test(accent) ? accent : '#333')}</style>
</head>
<body>${body}
</body>
</html>`;
}

const STYLE = `
:root { --accent: --accent-value; color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; align-items: center;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c1e21; background: #f0f2f5; }
header { width: 100%; background: var(--accent); color: #fff; padding: 14px 24px; }
.brand { font-weight: 700; font-size: 20px; letter-spacing: .02em; }
main { width: 100%; max-width: 460px; margin: 32px 16px; padding: 28px; background: #fff; border-radius: 12px;
  box-shadow: 0 1px 3px rgba(0,0,0,.12), 0 8px 24px rgba(0,0,0,.06); }
h1 { margin: 0 0 8px; font-size: 22px; }
h2 { margin: 20px 0 8px; font-size: 15px; }
.lead { margin: 0; color: #444; }
.scopes { margin: 0; padding: 0; list-style: none; }
.scopes li { padding: 8px 0; border-bottom: 1px solid #eee; display: flex; flex-direction: column; }
.scope { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; color: #666; }
fieldset { margin: 20px 0 0; padding: 0; border: 0; }
legend { font-weight: 600; margin-bottom: 8px; }
.person { display: flex; gap: 10px; align-items: center; padding: 10px 12px; margin-bottom: 6px;
  border: 1px solid #ddd; border-radius: 8px; cursor: pointer; }
.person:has(input:checked) { border-color: var(--accent); box-shadow: 0 0 0 1px var(--accent); }
.person span { display: flex; flex-direction: column; }
.person small { color: #666; }
.note, footer { color: #666; font-size: 13px; }
.note { word-break: break-all; }
.empty, .error { padding: 10px 12px; border-radius: 8px; background: #fdecea; color: #8a1c12; }
.actions { display: flex; justify-content: flex-end; gap: 10px; margin-top: 20px; }
button { font: inherit; font-weight: 600; padding: 9px 18px; border-radius: 999px; cursor: pointer; border: 1px solid #ccc; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button.secondary { background: #fff; color: #1c1e21; }
button:disabled { opacity: .5; cursor: not-allowed; }
footer { margin-bottom: 24px; text-align: center; padding: 0 16px; }
`;
