import { randomUUID } from 'node:crypto';
import {
  AuthResult,
  ClientsSubjects,
  CreatedInvitationView,
  ListeningItemKind,
  ListeningQueryPreview,
  ListeningQueryView,
  ListeningSubjects,
  MAX_LISTENING_QUERIES_PER_BRAND,
  Network,
  Role,
} from '@relais/contracts';
import { Agency, anonymous, as, createAgency, createBrand, failure } from '@relais/server-testing';
import { HeardItem } from '../src/items/heard-item';
import { ItemsService } from '../src/items/items.service';
import { ListeningHarness, startListening } from './support/listening-harness';

const DAY_MS = 24 * 60 * 60 * 1000;
const S = ListeningSubjects.query;

let serial = 0;
function heard(text: string, daysAgo: number, overrides: Partial<HeardItem> = {}): HeardItem {
  serial += 1;
  return {
    network: Network.Mastodon,
    externalId: `q${serial}`,
    kind: ListeningItemKind.Mention,
    accountId: null,
    conversationKey: `mastodon:q${serial}`,
    parentExternalId: null,
    url: `https://mastodon.example/@lea/q${serial}`,
    author: { externalId: '42', handle: 'lea@mastodon.example', name: 'Léa' },
    text,
    language: 'fr',
    hasLink: false,
    publishedAt: new Date(Date.now() - daysAgo * DAY_MS - serial * 1000),
    ...overrides,
  };
}

describe('listening queries', () => {
  let h: ListeningHarness;
  let agency: Agency;
  let viewer: AuthResult;
  let items: ItemsService;

  /** Someone the owner invites, who accepts with a new account. */
  async function join(role: Role, brandIds: string[]): Promise<AuthResult> {
    const created = await h.call<CreatedInvitationView>(ClientsSubjects.invitation.create, as(agency.owner), {
      email: `${role}.${randomUUID().slice(0, 8)}@example.test`,
      role,
      brandIds,
    });
    return h.call<AuthResult>(ClientsSubjects.auth.acceptInvitation, anonymous(), {
      token: created.acceptUrl.slice(created.acceptUrl.lastIndexOf('/') + 1),
      name: `${role} person`,
      password: 'correct horse battery staple',
    });
  }

  function create(name: string, source: string, brandId = agency.brand.id): Promise<ListeningQueryView> {
    return h.call<ListeningQueryView>(S.create, as(agency.owner), { brandId, name, source });
  }

  function preview(source: string, actor: AuthResult = agency.owner): Promise<ListeningQueryPreview> {
    return h.call<ListeningQueryPreview>(S.preview, as(actor), { brandId: agency.brand.id, source });
  }

  beforeAll(async () => {
    h = await startListening({ networks: true });
    items = h.app.get(ItemsService);
    agency = await createAgency(h);
    viewer = await join(Role.BrandViewer, [agency.brand.id]);
  }, 90_000);

  afterAll(() => h?.close());

  it('creates, lists, renames, rewrites, disables and deletes a brand’s queries', async () => {
    const created = await create('Livraison', 'livraison NEAR/3 retard');
    expect(created).toMatchObject({
      brandId: agency.brand.id,
      name: 'Livraison',
      source: 'livraison NEAR/3 retard',
      enabled: true,
      createdBy: agency.owner.claims.userId,
    });
    await create('Concurrents', 'boulangerie OR patisserie');

    const listed = await h.call<ListeningQueryView[]>(S.list, as(agency.owner), { brandId: agency.brand.id });
    expect(listed.map((q) => q.name)).toEqual(['Concurrents', 'Livraison']);

    expect(await failure(create('   ', 'colis'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'name', constraint: 'matches' }],
    });
    // The same name in the brand, whatever its case, is refused on its field.
    const taken = await failure(create('livraison', 'colis'));
    expect(taken).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'name', constraint: 'taken' }] });

    const changed = await h.call<ListeningQueryView>(S.update, as(agency.owner), {
      id: created.id,
      name: 'Livraisons en retard',
      source: '(livraison OR colis) NEAR/3 retard*',
      enabled: false,
    });
    expect(changed).toMatchObject({
      name: 'Livraisons en retard',
      source: '(livraison OR colis) NEAR/3 retard*',
      enabled: false,
    });
    expect(await h.call(S.get, as(agency.owner), { id: created.id })).toEqual(changed);

    expect(await h.call(S.delete, as(agency.owner), { id: created.id })).toBe(created.id);
    expect(await failure(h.call(S.get, as(agency.owner), { id: created.id }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const after = await h.call<ListeningQueryView[]>(S.list, as(agency.owner), { brandId: agency.brand.id });
    expect(after.map((q) => q.name)).toEqual(['Concurrents']);
    // A deleted query's name is free again.
    expect((await create('Livraisons en retard', 'retard')).name).toBe('Livraisons en retard');
  });

  it('refuses a query that cannot be read, saying where, and previews it as an answer rather than an error', async () => {
    const refused = await failure(create('Cassé', 'livraison AND (retard OR colis'));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.fields).toEqual([
      expect.objectContaining({
        field: 'source',
        constraint: 'QUERY_EXPECTED_CLOSING_PARENTHESIS',
        // At the parenthesis never closed.
        params: { offset: 14, line: 1, column: 15 },
      }),
    ]);

    const previewed = await preview('cafe\nOR "the');
    expect(previewed).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'QUERY_UNCLOSED_QUOTE', line: 2, column: 4, offset: 8 }),
    });

    const existing = await create('Boutique', 'boutique');
    const rewrite = await failure(h.call(S.update, as(agency.owner), { id: existing.id, source: 'o*' }));
    expect(rewrite.fields?.[0]).toMatchObject({ field: 'source', constraint: 'QUERY_BAD_WILDCARD' });
    expect(await h.call(S.get, as(agency.owner), { id: existing.id })).toMatchObject({ source: 'boutique' });
  });

  it(`keeps at most ${MAX_LISTENING_QUERIES_PER_BRAND} queries per brand`, async () => {
    const brand = await createBrand(h, agency.owner, 'Brasserie Soleil', 'Europe/Paris');
    for (let n = 1; n <= MAX_LISTENING_QUERIES_PER_BRAND; n += 1) {
      await create(`Requête ${n}`, `mot${n}`, brand.id);
    }
    const refused = await failure(create('Une de trop', 'encore', brand.id));
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      fields: [
        { field: 'brandId', constraint: 'maxQueries', params: { max: MAX_LISTENING_QUERIES_PER_BRAND } },
      ],
    });
    // Deleting one makes room.
    const listed = await h.call<ListeningQueryView[]>(S.list, as(agency.owner), { brandId: brand.id });
    expect(listed).toHaveLength(MAX_LISTENING_QUERIES_PER_BRAND);
    await h.call(S.delete, as(agency.owner), { id: listed[0]?.id });
    expect((await create('Une de trop', 'encore', brand.id)).name).toBe('Une de trop');
  });

  it('lets a brand viewer read and preview the brand’s queries, never change them', async () => {
    const query = await create('Accueil', 'accueil');
    const listed = await h.call<ListeningQueryView[]>(S.list, as(viewer), { brandId: agency.brand.id });
    expect(listed.map((q) => q.id)).toContain(query.id);
    expect(await preview('accueil', viewer)).toMatchObject({ ok: true });

    expect(
      await failure(h.call(S.create, as(viewer), { brandId: agency.brand.id, name: 'Moi', source: 'moi' })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(h.call(S.update, as(viewer), { id: query.id, enabled: false }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await failure(h.call(S.delete, as(viewer), { id: query.id }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await h.call(S.get, as(agency.owner), { id: query.id })).toMatchObject({ enabled: true });
  });

  it('answers NOT_FOUND to another agency, for the brand and for its queries', async () => {
    const query = await create('Privée', 'secret');
    const other = await createAgency(h);
    const stranger = as(other.owner);
    const brandId = agency.brand.id;
    for (const request of [
      h.call(S.list, stranger, { brandId }),
      h.call(S.create, stranger, { brandId, name: 'Espion', source: 'secret' }),
      h.call(S.preview, stranger, { brandId, source: 'secret' }),
      h.call(S.get, stranger, { id: query.id }),
      h.call(S.update, stranger, { id: query.id, name: 'Volée' }),
      h.call(S.delete, stranger, { id: query.id }),
    ]) {
      expect(await failure(request)).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await h.call(S.get, as(agency.owner), { id: query.id })).toMatchObject({ name: 'Privée' });
  });

  it('previews how many stored items of the last 30 days a query finds, with the newest ten', async () => {
    const brandId = agency.brand.id;
    const recent = Array.from({ length: 12 }, (_, n) =>
      heard(`Le croissant n°${n + 1} était parfait`, n + 1),
    );
    await items.ingest(
      agencyId(),
      brandId,
      [
        ...recent,
        heard('Un croissant de la semaine dernière… du mois dernier plutôt', 40),
        heard('Le pain était parfait', 2),
      ],
      randomUUID(),
    );

    const found = await preview('croissant parfait');
    if (!found.ok) throw new Error(`Expected a preview, got ${found.error.code}`);
    expect(found.total).toBe(12);
    expect(found.examples).toHaveLength(10);
    expect(found.examples.map((item) => item.text)).toEqual(recent.slice(0, 10).map((item) => item.text));
    expect(found.examples[0]).toMatchObject({
      network: 'mastodon',
      kind: 'mention',
      authorHandle: 'lea@mastodon.example',
      authorName: 'Léa',
      language: 'fr',
    });
    expect(Date.parse(found.since)).toBeGreaterThan(Date.now() - 31 * DAY_MS);
    expect(await preview('croissant -parfait')).toMatchObject({ ok: true, total: 0, examples: [] });
  });

  it('finds Café for cafe, in the preview and as items are stored', async () => {
    const cafe = await create('Café', 'cafe OR "the vert"');
    const disabled = await create('Café éteint', 'cafe');
    await h.call(S.update, as(agency.owner), { id: disabled.id, enabled: false });

    const stored = [
      heard('Le CAFÉ de la gare est excellent ☕', 1),
      heard('Un thé vert, sinon rien', 1),
      heard('Rien à voir avec la boisson', 1),
    ];
    await items.ingest(agencyId(), agency.brand.id, stored, randomUUID());
    // A redelivery matches nothing twice.
    await items.ingest(agencyId(), agency.brand.id, stored, randomUUID());

    const matches = await h.sql<{ text: string; query_id: string }>(
      `SELECT i.text, m.query_id FROM listening.item_matches m
         JOIN listening.items i ON i.id = m.item_id AND i.published_at = m.item_published_at
        WHERE m.query_id = ANY($1::uuid[]) ORDER BY i.published_at DESC`,
      [[cafe.id, disabled.id]],
    );
    expect(matches).toEqual([
      { text: 'Le CAFÉ de la gare est excellent ☕', query_id: cafe.id },
      { text: 'Un thé vert, sinon rien', query_id: cafe.id },
    ]);

    const previewed = await preview('cafe');
    expect(previewed).toMatchObject({ ok: true, total: 1 });
  });

  it('matches new items against a query as soon as it is created or enabled', async () => {
    const later = await create('Vélo', 'velo*', agency.brand.id);
    await h.call(S.update, as(agency.owner), { id: later.id, enabled: false });
    await items.ingest(
      agencyId(),
      agency.brand.id,
      [heard('Mon vélo électrique est arrivé', 1)],
      randomUUID(),
    );
    await h.call(S.update, as(agency.owner), { id: later.id, enabled: true });
    await items.ingest(agencyId(), agency.brand.id, [heard('Les vélos cargo sont super', 1)], randomUUID());
    const matched = await h.sql<{ text: string }>(
      `SELECT i.text FROM listening.item_matches m
         JOIN listening.items i ON i.id = m.item_id AND i.published_at = m.item_published_at
        WHERE m.query_id = $1`,
      [later.id],
    );
    expect(matched.map((row) => row.text)).toEqual(['Les vélos cargo sont super']);
  });

  function agencyId(): string {
    return agency.owner.claims.agencyId;
  }
});
