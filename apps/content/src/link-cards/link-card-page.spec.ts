import { decodePage, MAX_CARD_TITLE, pageCard } from './link-card-page';

const PAGE = 'https://maison-verdure.example/journal/printemps';

describe('a link card read from a page', () => {
  it('takes the Open Graph title, description, site name and picture', async () => {
    const html = `<!doctype html><html><head>
      <title>Ignored page title</title>
      <meta property="og:title" content="  Le   printemps au jardin ">
      <meta property="og:description" content="Dix gestes pour des semis réussis.">
      <meta property="og:site_name" content="Maison Verdure">
      <meta property="og:image" content="https://cdn.example/spring.jpg">
      <meta name="twitter:image" content="https://cdn.example/other.jpg">
    </head><body></body></html>`;
    await expect(pageCard(html, PAGE)).resolves.toEqual({
      title: 'Le printemps au jardin',
      description: 'Dix gestes pour des semis réussis.',
      siteName: 'Maison Verdure',
      imageUrl: 'https://cdn.example/spring.jpg',
    });
  });

  it('falls back on the Twitter card, with a relative picture made absolute', async () => {
    const html = `<html><head>
      <meta name="twitter:card" content="summary_large_image">
      <meta name="twitter:title" content="Spring sale">
      <meta name="twitter:description" content="Up to 30% off seeds">
      <meta name="twitter:image" content="/img/sale.png">
    </head></html>`;
    const card = await pageCard(html, PAGE);
    expect(card).toMatchObject({
      title: 'Spring sale',
      description: 'Up to 30% off seeds',
      imageUrl: 'https://maison-verdure.example/img/sale.png',
    });
  });

  it('uses the page title and meta description when there are no card tags; no picture is fine', async () => {
    const html = `<html><head><title>Contact</title><meta name="description" content="Write to us"></head></html>`;
    await expect(pageCard(html, PAGE)).resolves.toEqual({
      title: 'Contact',
      description: 'Write to us',
      siteName: null,
      imageUrl: null,
    });
  });

  it('gives no card for a page without any title, and ignores pictures that are not http(s)', async () => {
    await expect(pageCard('<html><body>Hello</body></html>', PAGE)).resolves.toBeNull();
    const card = await pageCard(
      `<meta property="og:title" content="T"><meta property="og:image" content="javascript:alert(1)">`,
      PAGE,
    );
    expect(card?.imageUrl).toBeNull();
  });

  it('shortens a very long title', async () => {
    const card = await pageCard(`<meta property="og:title" content="${'a'.repeat(500)}">`, PAGE);
    expect(card?.title).toHaveLength(MAX_CARD_TITLE);
    expect(card?.title.endsWith('…')).toBe(true);
  });

  it('decodes the page in the charset it declares', () => {
    const latin1 = Buffer.from('<meta charset="iso-8859-1"><title>Été</title>', 'latin1');
    expect(decodePage(latin1, null)).toContain('Été');
    expect(decodePage(Buffer.from('<title>Été</title>', 'utf8'), 'text/html; charset=utf-8')).toContain(
      'Été',
    );
  });
});
