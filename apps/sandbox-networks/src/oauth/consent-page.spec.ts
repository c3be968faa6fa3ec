import { consentPage } from './consent-page';
import { localeOf } from './consent-messages';

describe('the consent page', () => {
  const input = {
    locale: 'en' as const,
    networkName: 'X',
    accent: '#000000',
    appName: '<script>alert(1)</script>',
    action: '/i/oauth2/authorize',
    hidden: { client_id: 'relais-local', state: '"><img src=x onerror=alert(1)>' },
    scopes: [{ scope: 'tweet.write', text: { en: 'Post for you.', fr: 'Publier pour vous.' } }],
    people: [{ login: 'acme', label: 'Acme & Co', detail: '@acme' }],
    redirectUri: 'http://127.0.0.1:5173/connect/callback',
    error: null,
  };

  it('escapes everything it was given and loads nothing from elsewhere', () => {
    const html = consentPage(input);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(html).toContain('Acme &amp; Co');
    expect(html).not.toMatch(/<link|<script|<img|url\(|https?:\/\/(?!127)/);
  });

  it('speaks French or English', () => {
    expect(consentPage(input)).toContain('>Authorize</button>');
    const french = consentPage({ ...input, locale: 'fr' });
    expect(french).toContain('>Autoriser</button>');
    expect(french).toContain('>Annuler</button>');
    expect(french).toContain('Publier pour vous.');
    expect(french).toContain('<html lang="fr">');
  });

  it('takes ?locale first, then Accept-Language by preference, else English', () => {
    expect(localeOf('fr', { 'accept-language': 'en' })).toBe('fr');
    expect(localeOf(null, { 'accept-language': 'de-DE, fr-CA;q=0.8, en;q=0.5' })).toBe('fr');
    expect(localeOf(null, { 'accept-language': 'en;q=0.2, fr;q=0.9' })).toBe('fr');
    expect(localeOf(null, { 'accept-language': 'de' })).toBe('en');
    expect(localeOf('es', {})).toBe('en');
  });
});
