import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { LinkCardsModule } from '../link-cards';
import { MediaModule } from '../media';
import { PostLifecycleService } from './post-lifecycle.service';
import { PostReadingService } from './post-reading.service';
import { PostReferences } from './post-references';
import { PostSchedulingService } from './post-scheduling.service';
import { PostsController } from './posts.controller';
import { PostsService } from './posts.service';

/**
 * Posts, their variants, targets and labels. Other domains use `PostsService` (create a draft, as an
 * idea does), `PostReadingService` (read views), `postEventData` (the common payload of post events)
 * and the functions of `post.repository.ts` (`findVisiblePost` with a lock) and `post.view.ts` (`postViews`).
 */
@Module({
  imports: [BrandsModule, MediaModule, LinkCardsModule],
  controllers: [PostsController],
  providers: [PostsService, PostReadingService, PostLifecycleService, PostReferences, PostSchedulingService],
  exports: [PostsService, PostReadingService, PostReferences, PostSchedulingService, BrandsModule],
})
export class PostsModule {}
