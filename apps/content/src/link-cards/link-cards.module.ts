import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { MediaModule } from '../media';
import { LinkCardsController } from './link-cards.controller';
import { LinkCardsService } from './link-cards.service';

/**
 * The cards links make (title, description, picture), per brand and address: read for the composer,
 * kept, refreshed at scheduling time (with the card's picture stored as a media file of the brand) and
 * carried by the scheduled event. Others use `LinkCardsService`.
 */
@Module({
  imports: [BrandsModule, MediaModule],
  controllers: [LinkCardsController],
  providers: [LinkCardsService],
  exports: [LinkCardsService],
})
export class LinkCardsModule {}
