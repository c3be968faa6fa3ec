import { Module } from '@nestjs/common';
import { ApprovalModule } from '../approval/approval.module';
import { BrandsModule } from '../brands/brands.module';
import { MediaModule } from '../media';
import { ReviewLinkMailer } from './review-link.mailer';
import { ReviewLinkSessionsService } from './review-link-sessions.service';
import { ReviewLinksController } from './review-links.controller';
import { ReviewLinksService } from './review-links.service';

/** Client review links: signed, expiring, for some posts of one brand, decided once each. */
@Module({
  imports: [ApprovalModule, BrandsModule, MediaModule],
  controllers: [ReviewLinksController],
  providers: [ReviewLinksService, ReviewLinkSessionsService, ReviewLinkMailer],
})
export class ReviewLinksModule {}
