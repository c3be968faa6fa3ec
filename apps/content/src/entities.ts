import { CampaignEntity } from './campaigns/campaign.entity';
import { LabelEntity } from './campaigns/label.entity';
import { MediaEntity } from './media/media.entity';
import { PostLabelEntity } from './posts/post-label.entity';
import { PostTargetEntity } from './posts/post-target.entity';
import { PostTransitionEntity } from './posts/post-transition.entity';
import { PostVariantEntity } from './posts/post-variant.entity';
import { PostEntity } from './posts/post.entity';

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
];
