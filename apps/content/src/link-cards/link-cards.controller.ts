import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { ContentSubjects, Envelope, LinkPreviewPayload, LinkPreviewView } from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { LinkCardsService } from './link-cards.service';

@Controller()
export class LinkCardsController {
  constructor(private readonly linkCards: LinkCardsService) {}

  @MessagePattern(ContentSubjects.linkCard.preview)
  preview(
    @Env() envelope: Envelope,
    @Data(LinkPreviewPayload) payload: LinkPreviewPayload,
  ): Promise<LinkPreviewView> {
    return this.linkCards.preview(actorFrom(envelope), payload);
  }
}
