import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { FacebookWebhookController } from './facebook-webhook.controller';
import { WebhookDeliveriesService } from './webhook-deliveries.service';
import { WebhookDeliveryRepository } from './webhook-delivery.repository';

/** The networks' webhooks: deliveries checked, kept as received, then read into items. */
@Module({
  imports: [ItemsModule],
  controllers: [FacebookWebhookController],
  providers: [WebhookDeliveryRepository, WebhookDeliveriesService],
  exports: [WebhookDeliveriesService],
})
export class WebhooksModule {}
