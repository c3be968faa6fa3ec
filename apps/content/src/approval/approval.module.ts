import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { LinkCardsModule } from '../link-cards';
import { PostsModule } from '../posts/posts.module';
import { ActorNames } from './actor-names';
import { ApprovalPoliciesService } from './approval-policies.service';
import { ApprovalController } from './approval.controller';
import { ApprovalService } from './approval.service';
import { ReviewDecisionsService } from './review-decisions.service';

/** Approval policies, review rounds and decisions, and the moves of a post through its review. */
@Module({
  imports: [BrandsModule, LinkCardsModule, PostsModule],
  controllers: [ApprovalController],
  providers: [ApprovalPoliciesService, ApprovalService, ActorNames, ReviewDecisionsService],
  exports: [ActorNames, ReviewDecisionsService],
})
export class ApprovalModule {}
