import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { MediaModule } from '../media';
import { PostEvents } from './post-events';
import { PostLifecycleService } from './post-lifecycle.service';
import { PostReadingService } from './post-reading.service';
import { PostReferences } from './post-references';
import { PostsController } from './posts.controller';
import { PostsService } from './posts.service';

/**
 * Posts, their variants, targets and labels. Other domains use `PostsService` (create a draft, as an
 * idea does), `PostReadingService` (read views), `PostEvents` (post events with the common payload)
 * and the functions of `post.repository.ts` (`findVisiblePost` with a lock) and `post-view.ts` (`postViews`).
 */
@Module({
  imports: [BrandsModule, MediaModule],
  controllers: [PostsController],
  providers: [PostsService, PostReadingService, PostLifecycleService, PostReferences, PostEvents],
  exports: [PostsService, PostReadingService, PostEvents, PostReferences, BrandsModule],
})
export class PostsModule {}
