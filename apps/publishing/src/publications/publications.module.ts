import { Module } from '@nestjs/common';
import { OpenPublicationsService } from './open-publications.service';
import { PublicationPartsService } from './publication-parts.service';
import { PublicationsController } from './publications.controller';
import { PublicationsService } from './publications.service';
import { Settlement } from './settlement.service';

/**
 * Publications: their NATS handlers (list, retry), and what every other feature shares about their
 * state: settling outcomes (tally, next occurrence, outbox events) and cancelling or failing what was
 * not sent yet.
 */
@Module({
  controllers: [PublicationsController],
  providers: [Settlement, OpenPublicationsService, PublicationsService, PublicationPartsService],
  exports: [Settlement, OpenPublicationsService, PublicationPartsService],
})
export class PublicationsModule {}
