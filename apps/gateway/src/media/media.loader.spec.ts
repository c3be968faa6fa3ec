import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  ContentSubjects,
  Envelope,
  ListMediaPayload,
  MediaKind,
  MediaStatus,
  MediaView,
  MembershipClaims,
  Page,
  Role,
} from '@relais/contracts';
import { NatsConnection, NatsModuleOptions, NatsRequester } from '@relais/server-nats';
import { RequestLoaders } from '../graphql/request-loaders';
import { MediaLoader } from './media.loader';

const OPTIONS: NatsModuleOptions = { url: 'nats://127.0.0.1:4222', service: 'gateway' };
const ACTOR: MembershipClaims = {
  agencyId: '0a000000-0000-4000-8000-000000000001',
  userId: '0b000000-0000-4000-8000-000000000001',
  role: Role.CommunityManager,
  brandIds: null,
};

const id = (n: number) => `0c000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

function media(n: number): MediaView {
  return {
    id: id(n),
    brandId: '0d000000-0000-4000-8000-000000000001',
    fileName: `f${n}.png`,
    contentType: 'image/png',
    kind: MediaKind.Image,
    status: MediaStatus.Ready,
    sizeBytes: 100,
    width: 10,
    height: 10,
    durationMs: null,
    sha256: null,
    altText: '',
    url: `https://media.example/${n}`,
    thumbnailUrl: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    deleted: false,
  };
}

/** A real requester answering `content.media.list { ids }` like the content service: visible ids only. */
function contentWith(visible: MediaView[]) {
  const requester = new NatsRequester(new NatsConnection(OPTIONS), OPTIONS);
  const request = jest
    .spyOn(requester, 'request')
    .mockImplementation(<T>(subject: string, _envelope: Envelope, data: unknown): Promise<T> => {
      if (subject !== ContentSubjects.media.list) throw new Error(`Unexpected subject ${subject}`);
      const payload = plainToInstance(ListMediaPayload, data);
      const problems = validateSync(payload, { whitelist: true, forbidNonWhitelisted: true });
      if (problems.length > 0) throw new Error(`Invalid payload: ${problems.map((p) => p.property).join()}`);
      const items = visible.filter((m) => payload.ids?.includes(m.id));
      const page: Page<MediaView> = {
        items,
        cursors: items.map((m) => m.id),
        hasNextPage: false,
        totalCount: 0,
      };
      return Promise.resolve(page as T);
    });
  const loader = new MediaLoader(requester);
  const context = () => ({ actor: ACTOR, correlationId: 'corr-1', loaders: new RequestLoaders() });
  return { request, loader, context };
}

describe('MediaLoader', () => {
  it('loads the media of a page of posts with one request, each post getting its own in order', async () => {
    const files = Array.from({ length: 12 }, (_, n) => media(n));
    const { request, loader, context } = contentWith(files);
    const ctx = context();
    const posts = [[id(3), id(1)], [id(1)], [], [id(11), id(99), id(0)]];

    const loaded = await Promise.all(posts.map((ids) => loader.many(ctx, ids)));

    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0][1]).toEqual({ ...ACTOR, correlationId: 'corr-1' });
    expect(request.mock.calls[0][2]).toEqual({ ids: [id(3), id(1), id(11), id(99), id(0)] });
    expect(loaded.map((list) => list.map((m) => m.id))).toEqual([
      [id(3), id(1)],
      [id(1)],
      [],
      [id(11), id(0)],
    ]);
  });

  it('asks once per 100 ids and never shares results between requests', async () => {
    const files = Array.from({ length: 150 }, (_, n) => media(n));
    const { request, loader, context } = contentWith(files);
    const ctx = context();
    const loaded = await loader.many(
      ctx,
      files.map((m) => m.id),
    );
    expect(loaded).toHaveLength(150);
    expect(request.mock.calls.map(([, , data]) => (data as ListMediaPayload).ids?.length)).toEqual([100, 50]);
    await loader.many(ctx, [id(1)]);
    expect(request).toHaveBeenCalledTimes(2);
    await loader.many(context(), [id(1)]);
    expect(request).toHaveBeenCalledTimes(3);
  });
});
