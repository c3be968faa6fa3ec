import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ContentSubjects,
  CreatedReviewLinkView,
  Envelope,
  ReviewLinkView,
  ReviewPostView,
  ReviewSessionView,
} from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { Public } from '../request/public.decorator';
import { RequestEnvelope } from '../request/request.decorators';
import { payloadOf } from '../graphql/payload';
import { CreateReviewLinkInput, DecideViaReviewLinkInput } from './review-link.input';
import {
  CreatedReviewLinkModel,
  ReviewLinkModel,
  ReviewPostModel,
  ReviewSessionModel,
} from './review-link.model';

/**
 * Client review links. Creating, listing and revoking need an account; opening and deciding need only
 * the link's token (the service reaches the link's agency from it, never from the caller).
 */
@Resolver()
export class ReviewLinksResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Mutation(() => CreatedReviewLinkModel, { description: 'Owners, admins and account managers.' })
  createReviewLink(
    @Args('input') input: CreateReviewLinkInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<CreatedReviewLinkView> {
    return this.nats.request<CreatedReviewLinkView>(
      ContentSubjects.reviewLink.create,
      envelope,
      payloadOf(input),
    );
  }

  @Query(() => [ReviewLinkModel], { description: 'The brand’s review links, newest first.' })
  reviewLinks(
    @Args('brandId', { type: () => ID }) brandId: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ReviewLinkView[]> {
    return this.nats.request<ReviewLinkView[]>(ContentSubjects.reviewLink.list, envelope, { brandId });
  }

  @Mutation(() => ReviewLinkModel, { description: 'The link stops working at once.' })
  revokeReviewLink(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ReviewLinkView> {
    return this.nats.request<ReviewLinkView>(ContentSubjects.reviewLink.revoke, envelope, { id });
  }

  @Public()
  @Query(() => ReviewSessionModel, {
    description:
      'What a review link shows. Refused with REVIEW_LINK_INVALID (forged or unknown), REVIEW_LINK_EXPIRED, REVIEW_LINK_REVOKED or REVIEW_LINK_USED.',
  })
  reviewLinkSession(
    @Args('token') token: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ReviewSessionView> {
    return this.nats.request<ReviewSessionView>(ContentSubjects.reviewLink.open, envelope, { token });
  }

  @Public()
  @Mutation(() => ReviewPostModel, {
    description: 'Approves, requests changes on (comment required) or comments on one post of a review link.',
  })
  decideViaReviewLink(
    @Args('input') input: DecideViaReviewLinkInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ReviewPostView> {
    return this.nats.request<ReviewPostView>(ContentSubjects.reviewLink.decide, envelope, payloadOf(input));
  }
}
