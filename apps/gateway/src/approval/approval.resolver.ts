import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApprovalPolicyView, ContentSubjects, Envelope, PostReviewView } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { payloadOf } from '../graphql/payload';
import {
  ApprovePostInput,
  RequestPostChangesInput,
  SchedulePostInput,
  SetApprovalPolicyInput,
  SubmitPostInput,
} from './approval.input';
import { ApprovalPolicyModel, PostReviewModel } from './approval.model';

/** The approval policy of a brand, and moving a post through its review. */
@Resolver()
export class ApprovalResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => ApprovalPolicyModel, {
    description: 'The brand’s approval policy (NONE when it never set one).',
  })
  approvalPolicy(
    @Args('brandId', { type: () => ID }) brandId: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ApprovalPolicyView> {
    return this.nats.request<ApprovalPolicyView>(ContentSubjects.approval.getPolicy, envelope, { brandId });
  }

  @Mutation(() => ApprovalPolicyModel, {
    description:
      'Owners, admins and account managers. Posts already in review keep the steps they started with.',
  })
  setApprovalPolicy(
    @Args('input') input: SetApprovalPolicyInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<ApprovalPolicyView> {
    return this.nats.request<ApprovalPolicyView>(
      ContentSubjects.approval.setPolicy,
      envelope,
      payloadOf(input),
    );
  }

  @Query(() => PostReviewModel, { description: 'A post’s review: status, current step, rounds, history.' })
  postReview(
    @Args('postId', { type: () => ID }) postId: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostReviewView> {
    return this.nats.request<PostReviewView>(ContentSubjects.approval.rounds, envelope, { postId });
  }

  @Mutation(() => PostReviewModel, {
    description:
      'Sends a draft (or a post sent back for changes) to review; with no policy it is approved at once.',
  })
  submitPost(
    @Args('input') input: SubmitPostInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostReviewView> {
    return this.move(ContentSubjects.approval.submit, envelope, payloadOf(input));
  }

  @Mutation(() => PostReviewModel, { description: 'Takes a post out of review: it is a draft again.' })
  withdrawPost(
    @Args('postId', { type: () => ID }) postId: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostReviewView> {
    return this.move(ContentSubjects.approval.withdraw, envelope, { postId });
  }

  @Mutation(() => PostReviewModel, {
    description: 'Approves the current step; the last step approves the post.',
  })
  approvePost(
    @Args('input') input: ApprovePostInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostReviewView> {
    return this.move(ContentSubjects.approval.approve, envelope, payloadOf(input));
  }

  @Mutation(() => PostReviewModel, {
    description: 'Sends the post back to its author, saying what to change.',
  })
  requestPostChanges(
    @Args('input') input: RequestPostChangesInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostReviewView> {
    return this.move(ContentSubjects.approval.requestChanges, envelope, payloadOf(input));
  }

  @Mutation(() => PostReviewModel, {
    description: 'Schedules an approved post (with no policy, a draft too: it is approved on the way).',
  })
  schedulePost(
    @Args('input') input: SchedulePostInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostReviewView> {
    return this.move(ContentSubjects.approval.schedule, envelope, payloadOf(input));
  }

  @Mutation(() => PostReviewModel, {
    description: 'Stops a scheduled post from going out; it stays approved.',
  })
  unschedulePost(
    @Args('postId', { type: () => ID }) postId: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<PostReviewView> {
    return this.move(ContentSubjects.approval.unschedule, envelope, { postId });
  }

  private move(subject: string, envelope: Envelope, data: object): Promise<PostReviewView> {
    return this.nats.request<PostReviewView>(subject, envelope, data);
  }
}
