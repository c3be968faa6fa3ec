import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { PostsModule } from '../posts/posts.module';
import { BrandNames } from './brand-names';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { RescheduleService } from './reschedule.service';

/** The calendar: posts by slot over a range, and moving a post to another slot. */
@Module({
  imports: [BrandsModule, PostsModule],
  controllers: [CalendarController],
  providers: [CalendarService, RescheduleService, BrandNames],
})
export class CalendarModule {}
