import type { MatchableItem } from './prepare-item';

/** One line of the matching table: unit tests check `match`; back-search checks SQL agrees on every row. */
export interface MatchCase {
  query: string;
  text: string;
  match: boolean;
  item?: Partial<Omit<MatchableItem, 'text'>>;
}

export const DEFAULT_ITEM: Omit<MatchableItem, 'text'> = {
  language: 'fr',
  network: 'bluesky',
  kind: 'mention',
  authorHandle: 'someone.bsky.social',
};

export const MATCH_CASES: MatchCase[] = [
  // Words, case and accents
  { query: 'cafe', text: 'Un Café au comptoir', match: true },
  { query: 'cafe', text: 'LE CAFÉ EST FROID', match: true },
  { query: 'café', text: 'un cafe serré', match: true },
  { query: 'CAFÉ', text: 'cafetière neuve', match: false },
  { query: 'oeuvre', text: "Une Œuvre d'art", match: true },
  { query: 'œuvre', text: 'chef-d’oeuvre', match: true },
  { query: 'noel', text: 'Joyeux Noël à tous', match: true },
  { query: 'strasse', text: 'Hauptstraße 5', match: false },
  { query: 'hauptstrasse', text: 'Hauptstraße 5', match: true },
  { query: 'relais', text: 'Le relais colis', match: true },
  { query: 'relais', text: 'Les relaisons', match: false },
  // Elision and apostrophes
  { query: "l'appli", text: 'Super appli, bravo', match: true },
  { query: 'appli', text: "J'adore l'appli", match: true },
  { query: 'appli', text: 'J’adore l’appli', match: true },
  { query: 'adore', text: "J'adore l'appli", match: true },
  { query: '"adore appli"', text: "J'adore l'appli", match: true },
  { query: 'il', text: "Qu'il vienne", match: true },
  { query: 'aujourd', text: "Aujourd'hui c'est calme", match: true },
  // Phrases
  { query: '"service client"', text: 'Le Service Client est top', match: true },
  { query: '"service client"', text: 'Le client du service', match: false },
  { query: '"service client"', text: 'service, client', match: true },
  { query: '"e-commerce"', text: 'Le e-commerce explose', match: true },
  { query: 'e-commerce', text: 'e commerce', match: true },
  { query: 'e-commerce', text: 'commerce électronique', match: false },
  // Hashtags and handles
  { query: '#Relais', text: 'Merci #relais !', match: true },
  { query: '#Relais', text: 'Merci #RELAIS', match: true },
  { query: '#Relais', text: 'Le relais est ouvert', match: false },
  { query: '#relais', text: 'Merci #relaisfr', match: false },
  { query: 'relais', text: 'Merci #relais', match: true },
  { query: '@lumiere', text: 'Bravo @Lumiere pour ce lancement', match: true },
  { query: '@lumiere', text: 'La lumière du jour', match: false },
  { query: '@lumiere', text: 'écrivez à contact@lumiere', match: false },
  { query: '@lumiere.bsky.social', text: 'cc @lumiere.bsky.social.', match: true },
  { query: '#café', text: 'Pause #cafe', match: true },
  // AND, OR, NOT, precedence
  { query: 'cafe AND croissant', text: 'café et croissant', match: true },
  { query: 'cafe croissant', text: 'un croissant seul', match: false },
  { query: 'cafe OR the', text: 'Un thé vert', match: true },
  { query: 'cafe OR the', text: 'Un chocolat', match: false },
  { query: 'cafe -decaf', text: 'café decaf', match: false },
  { query: 'cafe NOT decaf', text: 'café serré', match: true },
  { query: 'cafe OR the croissant', text: 'un café seul', match: true },
  { query: 'cafe OR the croissant', text: 'un thé seul', match: false },
  { query: '(cafe OR the) croissant', text: 'un café seul', match: false },
  { query: '(cafe OR the) croissant', text: 'thé et croissant', match: true },
  { query: 'NOT cafe the', text: 'thé', match: true },
  { query: 'NOT cafe the', text: 'thé et café', match: false },
  { query: 'NOT (cafe OR the) chocolat', text: 'chocolat chaud', match: true },
  // NEAR
  { query: 'livraison NEAR/3 retard', text: 'livraison en gros retard', match: true },
  { query: 'livraison NEAR/3 retard', text: 'retard de la livraison', match: true },
  { query: 'livraison NEAR/3 retard', text: 'livraison prévue lundi mais énorme retard', match: false },
  { query: 'livraison NEAR/1 retard', text: 'livraison retard', match: true },
  { query: 'livraison NEAR/1 retard', text: 'livraison en retard', match: false },
  { query: '"service client" NEAR/3 lent', text: 'le service client est très lent', match: true },
  { query: '"service client" NEAR/3 lent', text: 'lent, le service client', match: true },
  { query: '"service client" NEAR/2 lent', text: 'service client vraiment trop lent', match: false },
  { query: '(colis OR paquet) NEAR/2 abime', text: 'paquet tout abîmés', match: false },
  { query: '(colis OR paquet) NEAR/2 abime*', text: 'paquet tout abîmés', match: true },
  { query: 'colo*r NEAR/2 rouge', text: 'la colour rouge', match: true },
  { query: 'colo*r NEAR/2 rouge', text: 'color un deux rouge', match: false },
  // Wildcards
  { query: 'organi*', text: 'Une organisation solide', match: true },
  { query: 'organi*', text: 'Organic food', match: true },
  { query: 'organisati*', text: 'les organisations', match: true },
  { query: 'organi*', text: 'orgue', match: false },
  { query: 'colo*r', text: 'What a colour', match: true },
  { query: 'colo*r', text: 'What a color', match: true },
  { query: 'colo*r', text: 'colorful', match: false },
  { query: '"service cli*"', text: 'service clientèle', match: true },
  // Filters
  { query: 'cafe lang:fr', text: 'café', match: true, item: { language: 'fr-CA' } },
  { query: 'cafe lang:fr', text: 'café', match: false, item: { language: 'en' } },
  { query: 'cafe lang:fr', text: 'café', match: false, item: { language: null } },
  { query: 'cafe NOT lang:fr', text: 'café', match: true, item: { language: null } },
  { query: 'cafe network:bluesky', text: 'café', match: true },
  { query: 'cafe network:x', text: 'café', match: false },
  { query: 'cafe author:@lumiere', text: 'café', match: true, item: { authorHandle: '@Lumiere' } },
  {
    query: 'cafe author:lumiere',
    text: 'café',
    match: true,
    item: { authorHandle: 'lumiere@mastodon.social' },
  },
  { query: 'cafe author:lumiere', text: 'café', match: false, item: { authorHandle: 'lumiere2' } },
  { query: 'cafe has:link', text: 'café https://relais.app', match: true },
  { query: 'cafe has:link', text: 'café sans lien', match: false },
  { query: 'cafe has:link', text: 'café', match: true, item: { hasLink: true } },
  { query: 'cafe kind:comment', text: 'café', match: true, item: { kind: 'comment' } },
  { query: 'cafe kind:comment', text: 'café', match: false },
  { query: 'lang:en', text: 'anything at all', match: true, item: { language: 'en-GB' } },
  // English
  { query: '"customer service" NEAR/4 slow', text: 'Customer service was so SLOW', match: true },
  { query: "don't", text: 'I DON’T like it', match: true },
  { query: 'naive', text: 'A naïve take', match: true },
];
