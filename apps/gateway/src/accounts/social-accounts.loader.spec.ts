import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  AccountStatus,
  ClientsSubjects,
  Envelope,
  ListAccountsPayload,
  MembershipClaims,
  Network,
  Page,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { NatsConnection, NatsModuleOptions, NatsRequester } from '@relais/server-nats';
import { RequestLoaders } from '../graphql/request-loaders';
import { SocialAccountsLoader } from './social-accounts.loader';

const OPTIONS: NatsModuleOptions = { url: 'nats://127.0.0.1:4222', service: 'gateway' };
const ACTOR: MembershipClaims = {
  agencyId: '0a000000-0000-4000-8000-000000000001',
  userId: '0b000000-0000-4000-8000-000000000001',
  role: Role.CommunityManager,
  brandIds: null,
};

function uuid(prefix: string, n: number): string {
  return `${prefix}000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
}

function account(brandId: string, n: number): SocialAccountView {
  return {
    id: uuid('ac', n),
    brandId,
    network: Network.Bluesky,
    handle: `handle-${n}`,
    externalId: `did:plc:${n}`,
    displayName: null,
    instanceUrl: null,
    status: AccountStatus.Connected,
    statusReason: null,
    tokenExpiresAt: null,
    shared: false,
    connectedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** What the clients service answers to `clients.account.list`: its filters, page size and cursor. */
function listPage(accounts: SocialAccountView[], data: unknown): Page<SocialAccountView> {
  const payload = plainToInstance(ListAccountsPayload, data);
  const problems = validateSync(payload, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length > 0) throw new Error(`Invalid payload: ${problems.map((p) => p.property).join(', ')}`);
  const matching = accounts.filter(
    (a) =>
      (!payload.brandId || a.brandId === payload.brandId) &&
      (!payload.brandIds || payload.brandIds.includes(a.brandId)),
  );
  const first = payload.first ?? 50;
  const start = payload.after ? matching.findIndex((a) => a.id === payload.after) + 1 : 0;
  const items = matching.slice(start, start + first);
  return {
    items,
    cursors: items.map((a) => a.id),
    hasNextPage: start + first < matching.length,
    totalCount: matching.length,
  };
}

/** A real requester whose `request` is spied on and answered like the clients service would. */
function clientsWith(accounts: SocialAccountView[]) {
  const requester = new NatsRequester(new NatsConnection(OPTIONS), OPTIONS);
  const request = jest
    .spyOn(requester, 'request')
    .mockImplementation(<T>(subject: string, _envelope: Envelope, data: unknown): Promise<T> => {
      if (subject !== ClientsSubjects.account.list) throw new Error(`Unexpected subject ${subject}`);
      return Promise.resolve(listPage(accounts, data) as T);
    });
  const loader = new SocialAccountsLoader(requester);
  const context = () => ({ actor: ACTOR, correlationId: 'corr-1', loaders: new RequestLoaders() });
  return { request, loader, context };
}

/** `count` brands, each with `perBrand(i)` accounts, plus one more brand whose accounts nobody asks for. */
function world(count: number, perBrand: (i: number) => number) {
  const brands = Array.from({ length: count }, (_, i) => uuid('b0', i));
  const other = uuid('bf', 0);
  let n = 0;
  const accounts = [...brands, other].flatMap((brandId, i) =>
    Array.from({ length: i < count ? perBrand(i) : 3 }, () => account(brandId, (n += 1))),
  );
  const expected = (brandId: string) => accounts.filter((a) => a.brandId === brandId);
  return { brands, accounts, expected };
}

describe('SocialAccountsLoader', () => {
  it('loads the accounts of a page of brands with exactly one request, each brand getting its own', async () => {
    const { brands, accounts, expected } = world(20, (i) => i % 4);
    const { request, loader, context } = clientsWith(accounts);
    const perBrand = loader.forRequest(context());

    const loaded = await Promise.all(brands.map((id) => perBrand.load(id)));

    expect(request).toHaveBeenCalledTimes(1);
    const [subject, envelope, data] = request.mock.calls[0];
    expect(subject).toBe(ClientsSubjects.account.list);
    expect(envelope).toEqual({ ...ACTOR, correlationId: 'corr-1' });
    expect(data).toEqual({ first: 100, brandIds: brands });
    expect(loaded).toEqual(brands.map(expected));
    expect(loaded.map((list) => list.length)).toEqual(brands.map((_, i) => i % 4));
  });

  it('follows the cursor when the brands have more accounts than one page holds', async () => {
    const { brands, accounts, expected } = world(5, () => 45);
    const { request, loader, context } = clientsWith(accounts);
    const perBrand = loader.forRequest(context());

    const loaded = await Promise.all(brands.map((id) => perBrand.load(id)));

    expect(request).toHaveBeenCalledTimes(3);
    const payloads = request.mock.calls.map(([, , data]) => data as ListAccountsPayload);
    expect(payloads.map((p) => p.brandIds)).toEqual([brands, brands, brands]);
    expect(payloads.map((p) => p.after)).toEqual([undefined, uuid('ac', 100), uuid('ac', 200)]);
    expect(loaded).toEqual(brands.map(expected));
  });

  it('asks once per 100 brands, the most one request may name', async () => {
    const { brands, accounts, expected } = world(150, () => 0);
    const { request, loader, context } = clientsWith(accounts);
    const perBrand = loader.forRequest(context());

    const loaded = await Promise.all(brands.map((id) => perBrand.load(id)));

    expect(request.mock.calls.map(([, , data]) => (data as ListAccountsPayload).brandIds)).toEqual([
      brands.slice(0, 100),
      brands.slice(100),
    ]);
    expect(loaded).toEqual(brands.map(expected));
  });

  it('answers the same brand twice from one request, and never shares results between requests', async () => {
    const { brands, accounts, expected } = world(2, () => 2);
    const { request, loader, context } = clientsWith(accounts);
    const first = context();

    await Promise.all([...brands, ...brands].map((id) => loader.forRequest(first).load(id)));
    expect(request).toHaveBeenCalledTimes(1);
    expect((request.mock.calls[0][2] as ListAccountsPayload).brandIds).toEqual(brands);

    await expect(loader.forRequest(context()).load(brands[0])).resolves.toEqual(expected(brands[0]));
    expect(request).toHaveBeenCalledTimes(2);
  });
});
