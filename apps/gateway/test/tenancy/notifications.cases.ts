import { waitFor } from '@relais/server-testing';
import { TenancyWorld } from '../support/tenancy-world';
import { BRAND_ATTACKERS, MISSING_ID, TenancyCase, TenancyDomain } from './tenancy-case';

interface NotificationsSeed {
  notificationId: string;
  postId: string;
}

const NOTIFICATIONS = '{ notifications(first: 50) { edges { node { id kind postId readAt } } } }';

/** A1's community manager is mentioned in an internal comment: one notification of theirs, unread. */
async function seedNotification(w: TenancyWorld): Promise<NotificationsSeed> {
  const { createPost } = await w.cmA1.api.data(
    'mutation P($input: CreatePostInput!) { createPost(input: $input) { id } }',
    {
      input: { brandId: w.brandA1.id, title: 'Notified post', baseText: 'For A1', accountIds: [w.accountA1] },
    },
  );
  await w.ownerA.api.data(
    'mutation C($input: AddPostCommentInput!) { addPostComment(input: $input) { id } }',
    {
      input: {
        postId: createPost.id,
        body: 'Can you check this?',
        visibility: 'INTERNAL',
        mentionUserIds: [w.cmA1.userId],
      },
    },
  );
  const notificationId = await waitFor(
    async () => {
      const { notifications } = await w.cmA1.api.data(NOTIFICATIONS);
      return notifications.edges[0]?.node.id as string | undefined;
    },
    { timeoutMs: 20_000, description: 'the mention to reach its recipient' },
  );
  return { notificationId, postId: createPost.id };
}

/** Notifications belong to their recipient alone: nobody else reads or marks one. */
export const notificationsTenancy: TenancyDomain<NotificationsSeed> = {
  name: 'notifications',
  seed: seedNotification,
  ids: (s) => [s.notificationId, s.postId],
  async snapshot(w) {
    return [await w.cmA1.api.data(NOTIFICATIONS), await w.cmA1.api.data('{ unreadNotificationCount }')];
  },
  cases: {
    'Mutation.markNotificationRead': BRAND_ATTACKERS.map((attacker): TenancyCase<NotificationsSeed> => ({
      attacker,
      what: 'marks a notification of A1’s community manager read',
      query: 'mutation M($id: ID!) { markNotificationRead(id: $id) { id readAt } }',
      variables: (_w, s) => ({ id: s.notificationId }),
      likeMissing: () => ({ id: MISSING_ID }),
    })),
  },
};
