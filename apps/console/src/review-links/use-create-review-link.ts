import { useMutation } from '@apollo/client/react';
import { CreateReviewLinkMutation, ReviewLinksQuery } from './review-links.graphql';
import type { ReviewLinkRequest } from './send-to-client-modal';

/** Creates a review link for posts of a brand; resolves with the address (shown once) and whom it was e-mailed to. */
export function useCreateReviewLink(brandId: string) {
  const [create] = useMutation(CreateReviewLinkMutation, { refetchQueries: [ReviewLinksQuery] });
  return async (postIds: string[], request: ReviewLinkRequest) => {
    const result = await create({
      variables: {
        input: {
          brandId,
          postIds,
          recipientName: request.recipientName,
          expiresInHours: request.expiresInHours,
          ...(request.recipientEmail ? { recipientEmail: request.recipientEmail } : {}),
        },
      },
    });
    const created = result.data?.createReviewLink;
    if (!created) throw new Error('The review link was not created');
    return {
      url: created.url,
      expiresAt: created.link.expiresAt,
      emailedTo: created.emailSent ? (request.recipientEmail ?? null) : null,
    };
  };
}
