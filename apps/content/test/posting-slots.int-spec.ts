import { DateTime } from 'luxon';
import {
  AuthResult,
  BrandView,
  ClientsSubjects,
  ContentSubjects,
  ErrorCode,
  PostingSlotsView,
  Role,
} from '@relais/contracts';
import { as, failure } from '@relais/server-testing';
import { ContentHarness, startContent } from './support/content-harness';
import { createBrand, join, signUp } from './support/fixtures';

describe('content posting slots', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let am: AuthResult;
  let cm: AuthResult;
  let analyst: AuthResult;
  let brand: BrandView;
  let other: BrandView;

  beforeAll(async () => {
    h = await startContent();
    owner = await signUp(h, 'Slots Studio', 'Olivia Owner');
    brand = await createBrand(h, owner, 'Maison Verdure', { timezone: 'America/New_York' });
    other = await createBrand(h, owner, 'Autre Maison', { timezone: 'Europe/Paris' });
    am = await join(h, owner, { role: Role.AccountManager });
    cm = await join(h, owner, { role: Role.CommunityManager, brandIds: [brand.id] });
    analyst = await join(h, owner, { role: Role.Analyst });
  }, 180_000);
  afterAll(() => h?.close());

  const get = (actor: AuthResult, brandId = brand.id, upcoming?: number) =>
    h.call<PostingSlotsView>(ContentSubjects.slot.get, as(actor), {
      brandId,
      ...(upcoming ? { upcoming } : {}),
    });
  const set = (actor: AuthResult, slots: unknown[], brandId = brand.id) =>
    h.call<PostingSlotsView>(ContentSubjects.slot.set, as(actor), { brandId, slots });

  it('has no slots and nothing upcoming at first, in the brand’s timezone', async () => {
    expect(await get(cm)).toEqual({
      brandId: brand.id,
      timezone: 'America/New_York',
      slots: [],
      upcoming: [],
      updatedAt: null,
    });
  });

  it('replaces every slot at once, sorted, a repeated slot counted once', async () => {
    await set(owner, [{ weekday: 7, time: '20:00' }]);
    const view = await set(am, [
      { weekday: 3, time: '12:30' },
      { weekday: 1, time: '09:00' },
      { weekday: 3, time: '08:00' },
      { weekday: 1, time: '09:00' },
    ]);
    expect(view.slots).toEqual([
      { weekday: 1, time: '09:00' },
      { weekday: 3, time: '08:00' },
      { weekday: 3, time: '12:30' },
    ]);
    expect(view.updatedAt).not.toBeNull();
    expect(view.upcoming).toHaveLength(5);
    const locals = view.upcoming.map((iso) =>
      DateTime.fromISO(iso, { zone: 'America/New_York' }).toFormat('c HH:mm'),
    );
    for (const local of locals) expect(['1 09:00', '3 08:00', '3 12:30']).toContain(local);
    const sorted = [...view.upcoming].sort();
    expect(view.upcoming).toEqual(sorted);
    expect(new Date(view.upcoming[0]).getTime()).toBeGreaterThan(Date.now() + 60_000);
    // Another brand's slots are its own.
    expect((await get(owner, other.id)).slots).toEqual([]);
  });

  it('lists as many upcoming slots as asked, within the limit', async () => {
    expect((await get(cm, brand.id, 12)).upcoming).toHaveLength(12);
    const tooMany = await failure(get(cm, brand.id, 50));
    expect(tooMany.code).toBe(ErrorCode.BadUserInput);
  });

  it('lets community managers and analysts read but only owners, admins and account managers change', async () => {
    expect((await get(analyst)).slots).toHaveLength(3);
    expect(await failure(set(cm, []))).toEqual({
      code: ErrorCode.Forbidden,
      message: 'Only owners, admins and account managers can change posting slots',
    });
    expect((await get(cm)).slots).toHaveLength(3);
  });

  it('hides a brand outside the caller’s scope or agency', async () => {
    expect((await failure(get(cm, other.id))).code).toBe(ErrorCode.NotFound);
    const stranger = await signUp(h, 'Elsewhere');
    expect((await failure(get(stranger))).code).toBe(ErrorCode.NotFound);
    expect((await failure(set(stranger, []))).code).toBe(ErrorCode.NotFound);
    const rows = await h.sqlAsApp<{ n: string }>('SELECT count(*) AS n FROM content.posting_slots', [], {
      agencyId: stranger.claims.agencyId,
      brandIds: '*',
    });
    expect(rows[0].n).toBe('0');
    const scoped = await h.sqlAsApp<{ n: string }>('SELECT count(*) AS n FROM content.posting_slots', [], {
      agencyId: owner.claims.agencyId,
      brandIds: other.id,
    });
    expect(scoped[0].n).toBe('0');
  });

  it('refuses a bad slot with the field that is wrong', async () => {
    const badTime = await failure(set(owner, [{ weekday: 1, time: '24:00' }]));
    expect(badTime).toMatchObject({ code: ErrorCode.BadUserInput });
    expect(badTime.fields?.[0]?.field).toContain('time');
    const badDay = await failure(set(owner, [{ weekday: 8, time: '10:00' }]));
    expect(badDay.fields?.[0]?.field).toContain('weekday');
    expect((await get(owner)).slots).toHaveLength(3);
  });

  it('refuses changes on an archived brand, and an empty list clears the slots', async () => {
    const archived = await createBrand(h, owner, 'Ancienne Maison');
    await h.call(ClientsSubjects.brand.archive, as(owner), { id: archived.id });
    const error = await failure(set(owner, [{ weekday: 1, time: '10:00' }], archived.id));
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(await set(owner, [], other.id)).toMatchObject({ slots: [], upcoming: [], updatedAt: null });
  });
});
