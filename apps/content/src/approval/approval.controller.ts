import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  ApprovalPolicyPayload,
  ApprovalPolicyView,
  ApprovePostPayload,
  ContentSubjects,
  Envelope,
  PostReviewPayload,
  PostReviewView,
  PostTransitionView,
  RequestPostChangesPayload,
  SchedulePostPayload,
  SetApprovalPolicyPayload,
  SubmitPostPayload,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { ApprovalPoliciesService } from './approval-policies.service';
import { ApprovalService } from './approval.service';

@Controller()
export class ApprovalController {
  constructor(
    private readonly policies: ApprovalPoliciesService,
    private readonly approval: ApprovalService,
  ) {}

  @MessagePattern(ContentSubjects.approval.getPolicy)
  getPolicy(
    @Env() envelope: Envelope,
    @Data(ApprovalPolicyPayload) payload: ApprovalPolicyPayload,
  ): Promise<ApprovalPolicyView> {
    return this.policies.get(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.approval.setPolicy)
  setPolicy(
    @Env() envelope: Envelope,
    @Data(SetApprovalPolicyPayload) payload: SetApprovalPolicyPayload,
  ): Promise<ApprovalPolicyView> {
    return this.policies.set(actorFrom(envelope), payload);
  }

  /** The whole review of a post: status, waiting step, allowed actions, rounds and history. */
  @MessagePattern(ContentSubjects.approval.rounds)
  rounds(
    @Env() envelope: Envelope,
    @Data(PostReviewPayload) payload: PostReviewPayload,
  ): Promise<PostReviewView> {
    return this.approval.review(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.approval.history)
  async history(
    @Env() envelope: Envelope,
    @Data(PostReviewPayload) payload: PostReviewPayload,
  ): Promise<PostTransitionView[]> {
    return (await this.approval.review(actorFrom(envelope), payload)).history;
  }

  @MessagePattern(ContentSubjects.approval.submit)
  submit(
    @Env() envelope: Envelope,
    @Data(SubmitPostPayload) payload: SubmitPostPayload,
  ): Promise<PostReviewView> {
    return this.approval.submit(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.approval.withdraw)
  withdraw(
    @Env() envelope: Envelope,
    @Data(PostReviewPayload) payload: PostReviewPayload,
  ): Promise<PostReviewView> {
    return this.approval.withdraw(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.approval.approve)
  approve(
    @Env() envelope: Envelope,
    @Data(ApprovePostPayload) payload: ApprovePostPayload,
  ): Promise<PostReviewView> {
    return this.approval.approve(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.approval.requestChanges)
  requestChanges(
    @Env() envelope: Envelope,
    @Data(RequestPostChangesPayload) payload: RequestPostChangesPayload,
  ): Promise<PostReviewView> {
    return this.approval.requestChanges(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.approval.schedule)
  schedule(
    @Env() envelope: Envelope,
    @Data(SchedulePostPayload) payload: SchedulePostPayload,
  ): Promise<PostReviewView> {
    return this.approval.schedule(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.approval.unschedule)
  unschedule(
    @Env() envelope: Envelope,
    @Data(PostReviewPayload) payload: PostReviewPayload,
  ): Promise<PostReviewView> {
    return this.approval.unschedule(actorFrom(envelope), payload);
  }
}
