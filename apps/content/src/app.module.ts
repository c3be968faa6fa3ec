import { DynamicModule, Module } from '@nestjs/common';
import { DatabaseModule } from '@relais/server-database';
import { EventsModule } from '@relais/server-events';
import { HealthModule } from '@relais/server-health';
import { LoggingModule } from '@relais/server-logging';
import { NatsModule } from '@relais/server-nats';
import { CampaignsModule } from './campaigns/campaigns.module';
import { ApprovalModule } from './approval/approval.module';
import { CommentsModule } from './comments/comments.module';
import { ContentConfig } from './config';
import { ContentConfigModule } from './content-config.module';
import { entities } from './entities';
import { IdeasModule } from './ideas/ideas.module';
import { migrations, SCHEMA } from './migrations';
import { NotificationsModule } from './notifications/notifications.module';
import { PostsModule } from './posts/posts.module';
import { ReviewLinksModule } from './review-links/review-links.module';
import { SeedModule } from './seed/seed.module';
import { CalendarModule } from './calendar/calendar.module';
import { MediaModule } from './media/media.module';
import { SlotsModule } from './slots/slots.module';
import { PublishingResultsModule } from './publishing-results/publishing-results.module';

export const SERVICE = 'content';

/** The content service, built from its validated configuration (tests pass their own). */
@Module({})
export class AppModule {
  static forRoot(config: ContentConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ContentConfigModule.forRoot(config),
        LoggingModule.forRoot({
          service: SERVICE,
          level: config.LOG_LEVEL,
          pretty: config.NODE_ENV === 'development',
        }),
        DatabaseModule.forRoot({
          url: config.DATABASE_URL,
          schema: SCHEMA,
          entities,
          migrations,
          poolSize: config.DATABASE_POOL_SIZE,
          applicationName: SERVICE,
        }),
        NatsModule.forRoot({
          url: config.NATS_URL,
          service: SERVICE,
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
        EventsModule.forRoot({ schema: SCHEMA, subjectPrefix: config.NATS_SUBJECT_PREFIX }),
        HealthModule.forRoot({ service: SERVICE }),
        // Domain modules, one per folder:
        ApprovalModule,
        CommentsModule,
        ReviewLinksModule,
        MediaModule,
        CalendarModule,
        NotificationsModule,
        IdeasModule,
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
