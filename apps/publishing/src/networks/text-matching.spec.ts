import { htmlToText, sameTextUpToUrls } from './text-matching';

describe('sameTextUpToUrls', () => {
  it('matches a text whose links came back shortened and whose & < > came back encoded', () => {
    expect(
      sameTextUpToUrls(
        'Nouveau billet & café <3 https://relais.fr/blog/a',
        'Nouveau billet &amp; café &lt;3 https://t.co/AbC123',
      ),
    ).toBe(true);
  });

  it('matches across Unicode normalisation and spacing', () => {
    expect(sameTextUpToUrls('Cafe\u0301  du\nmatin', 'Café du matin')).toBe(true);
  });

  it('does not match another text, or a missing link', () => {
    expect(sameTextUpToUrls('Nouveau billet', 'Nouveau billet !')).toBe(false);
    expect(sameTextUpToUrls('Lire https://relais.fr', 'Lire')).toBe(false);
  });
});

describe('htmlToText', () => {
  it('turns a Mastodon status back into its text', () => {
    const html =
      '<p>Bonjour &amp; bienvenue<br />ligne 2</p><p><a href="https://relais.fr/a"><span class="invisible">https://</span><span class="">relais.fr/a</span></a></p>';
    expect(htmlToText(html)).toBe('Bonjour & bienvenue\nligne 2\n\nhttps://relais.fr/a');
  });
});
