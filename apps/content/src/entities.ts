import { ApprovalPolicyEntity } from './approval/approval-policy.entity';
import { ReviewDecisionEntity } from './approval/review-decision.entity';
import { ReviewRoundEntity } from './approval/review-round.entity';
import { CampaignEntity } from './campaigns/campaign.entity';
import { PostCommentEntity } from './comments/post-comment.entity';
import { LabelEntity } from './campaigns/label.entity';
import { LinkCardEntity } from './link-cards';
import { FeedEntity } from './feeds';
import { IdeaEntity } from './ideas/idea.entity';
import { MediaEntity } from './media';
import { NotificationEntity } from './notifications/notification.entity';
import { PostLabelEntity } from './posts/post-label.entity';
import { PostTargetEntity } from './posts/post-target.entity';
import { PostTransitionEntity } from './posts/post-transition.entity';
import { PostVariantEntity } from './posts/post-variant.entity';
import { PostEntity } from './posts/post.entity';
import { ReviewLinkPostEntity } from './review-links/review-link-post.entity';
import { ReviewLinkEntity } from './review-links/review-link.entity';
import { PostingSlotEntity } from './slots/posting-slot.entity';

/** Every TypeORM entity of the content schema. Each domain adds its own here. */
export const entities = [
  CampaignEntity,
  LabelEntity,
  MediaEntity,
  PostEntity,
  PostVariantEntity,
  PostTargetEntity,
  PostLabelEntity,
  PostTransitionEntity,
  ApprovalPolicyEntity,
  ReviewRoundEntity,
  ReviewDecisionEntity,
  PostCommentEntity,
  ReviewLinkEntity,
  ReviewLinkPostEntity,
  NotificationEntity,
  FeedEntity,
  IdeaEntity,
  PostingSlotEntity,
  LinkCardEntity,
];
