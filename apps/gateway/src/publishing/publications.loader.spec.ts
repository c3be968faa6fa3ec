import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  Envelope,
  MembershipClaims,
  Network,
  PostsPublicationsPayload,
  PublicationStatus,
  PublicationView,
  PublishingSubjects,
  Role,
} from '@relais/contracts';
import { NatsConnection, NatsModuleOptions, NatsRequester } from '@relais/server-nats';
import { RequestLoaders } from '../graphql/request-loaders';
import { PublicationsLoader } from './publications.loader';

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

function publication(postId: string, n: number): PublicationView {
  return {
    id: uuid('e0', n),
    postId,
    brandId: uuid('b0', 1),
    accountId: uuid('ac', n),
    network: Network.Mastodon,
    dueAt: '2026-01-01T09:00:00.000Z',
    status: PublicationStatus.Published,
    attempts: 1,
    nextAttemptAt: null,
    externalId: `${n}`,
    externalUrl: `https://mastodon.example/@relais/${n}`,
    publishedAt: '2026-01-01T09:00:01.000Z',
    failure: null,
    failedStep: null,
    parts: [],
    canRetry: false,
    updatedAt: '2026-01-01T09:00:01.000Z',
  };
}

/** A real requester whose `request` answers like the publishing service: only the posts asked for. */
function publishingWith(publications: PublicationView[]) {
  const requester = new NatsRequester(new NatsConnection(OPTIONS), OPTIONS);
  const request = jest
    .spyOn(requester, 'request')
    .mockImplementation(<T>(subject: string, _envelope: Envelope, data: unknown): Promise<T> => {
      if (subject !== PublishingSubjects.publication.listForPosts) throw new Error(`Unexpected ${subject}`);
      const payload = plainToInstance(PostsPublicationsPayload, data);
      const problems = validateSync(payload, { whitelist: true, forbidNonWhitelisted: true });
      if (problems.length > 0) throw new Error(`Invalid payload: ${problems.map((p) => p.property).join()}`);
      return Promise.resolve(publications.filter((p) => payload.postIds.includes(p.postId)) as T);
    });
  const loader = new PublicationsLoader(requester);
  const context = () => ({ actor: ACTOR, correlationId: 'corr-1', loaders: new RequestLoaders() });
  return { request, loader, context };
}

describe('PublicationsLoader', () => {
  it('loads the publications of a page of posts with one request, each post getting its own', async () => {
    const posts = Array.from({ length: 20 }, (_, i) => uuid('c0', i));
    let n = 0;
    const all = posts.flatMap((postId, i) =>
      Array.from({ length: i % 3 }, () => publication(postId, (n += 1))),
    );
    all.push(publication(uuid('cf', 0), 999));
    const { request, loader, context } = publishingWith(all);
    const perPost = loader.forRequest(context());

    const loaded = await Promise.all(posts.map((id) => perPost.load(id)));

    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0][1]).toEqual({ ...ACTOR, correlationId: 'corr-1' });
    expect(request.mock.calls[0][2]).toEqual({ postIds: posts });
    expect(loaded.map((list) => list.length)).toEqual(posts.map((_, i) => i % 3));
    expect(loaded).toEqual(posts.map((postId) => all.filter((p) => p.postId === postId)));
  });

  it('asks once per 100 posts, and answers a post asked twice from the same request', async () => {
    const posts = Array.from({ length: 150 }, (_, i) => uuid('c0', i));
    const { request, loader, context } = publishingWith(posts.map((postId, i) => publication(postId, i)));
    const perPost = loader.forRequest(context());

    const loaded = await Promise.all([...posts, posts[0]].map((id) => perPost.load(id)));

    expect(request.mock.calls.map(([, , data]) => (data as PostsPublicationsPayload).postIds)).toEqual([
      posts.slice(0, 100),
      posts.slice(100),
    ]);
    expect(loaded.at(-1)).toEqual([publication(posts[0], 0)]);
    expect(loaded.map((list) => list[0].postId)).toEqual([...posts, posts[0]]);
  });

  it('never shares results between requests', async () => {
    const postId = uuid('c0', 1);
    const { request, loader, context } = publishingWith([publication(postId, 1)]);
    await loader.forRequest(context()).load(postId);
    await loader.forRequest(context()).load(postId);
    expect(request).toHaveBeenCalledTimes(2);
  });
});
