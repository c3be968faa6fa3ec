import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { LinkCardsController } from './link-cards.controller';
import { LinkCardsService } from './link-cards.service';

/**
 * The cards links make (title, description, picture), per brand and address: read for the composer,
 * kept, refreshed at scheduling time and carried by the scheduled event. Others use `LinkCardsService`.
 */
@Module({
  imports: [BrandsModule],
  controllers: [LinkCardsController],
  providers: [LinkCardsService],
  exports: [LinkCardsService],
})
export class LinkCardsModule {}
