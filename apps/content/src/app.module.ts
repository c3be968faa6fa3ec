import { DynamicModule, Module } from '@nestjs/common';
import { ServicePlatformModule } from '@relais/server-service';
import { ApprovalModule } from './approval/approval.module';
import { CalendarModule } from './calendar/calendar.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CommentsModule } from './comments/comments.module';
import { CONTENT_CONFIG, ContentConfig } from './config';
import { entities } from './entities';
import { FeedsModule } from './feeds';
import { IdeasModule } from './ideas/ideas.module';
import { LinkCardsModule } from './link-cards';
import { MediaModule } from './media';
import { migrations, SCHEMA } from './migrations';
import { NotificationsModule } from './notifications/notifications.module';
import { PostsModule } from './posts/posts.module';
import { SeedModule } from './seed/seed.module';
import { PublishingResultsModule } from './publishing-results/publishing-results.module';
import { ReviewLinksModule } from './review-links/review-links.module';
import { SlotsModule } from './slots/slots.module';

export const SERVICE = 'content';

/** The content service, built from its validated configuration (tests pass their own). */
@Module({})
export class AppModule {
  static forRoot(config: ContentConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServicePlatformModule.forRoot({
          service: SERVICE,
          config,
          configToken: CONTENT_CONFIG,
          schema: SCHEMA,
          migrations,
          entities,
        }),
        // Domain modules, one per folder:
        ApprovalModule,
        CommentsModule,
        ReviewLinksModule,
        MediaModule,
        CalendarModule,
        NotificationsModule,
        FeedsModule,
        IdeasModule,
        LinkCardsModule,
        PostsModule,
        CampaignsModule,
        SlotsModule,
        PublishingResultsModule,
        // The demo seed's entry point, never in production.
        ...(config.NODE_ENV === 'production' ? [] : [SeedModule]),
      ],
    };
  }
}
