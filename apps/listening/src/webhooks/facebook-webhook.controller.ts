import {
  BadRequestException,
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import { Network } from '@relais/contracts';
import type { Request } from 'express';
import { LISTENING_CONFIG, ListeningConfig } from '../config';
import { deliverySchema } from './facebook-delivery';
import { validSignature } from './facebook-signature';
import { WebhookDeliveriesService } from './webhook-deliveries.service';

/**
 * Facebook page webhooks, on the service's HTTP port: `GET` answers Meta's subscription check (the
 * verify token, then the challenge echoed), `POST` takes a delivery once its `X-Hub-Signature-256`
 * proves it came from the app, keeps it as received and answers at once (Meta retries what is not
 * answered quickly); it is read afterwards. Without an app secret configured, webhooks are off (404).
 */
@Controller('webhooks/facebook')
export class FacebookWebhookController {
  constructor(
    private readonly deliveries: WebhookDeliveriesService,
    @Inject(LISTENING_CONFIG) private readonly config: ListeningConfig,
  ) {}

  @Get()
  verify(
    @Query('hub.mode') mode: string | undefined,
    @Query('hub.verify_token') token: string | undefined,
    @Query('hub.challenge') challenge: string | undefined,
  ): string {
    const expected = this.config.FACEBOOK_WEBHOOK_VERIFY_TOKEN;
    if (!expected || !this.config.FACEBOOK_APP_SECRET)
      throw new NotFoundException('Facebook webhooks are not set up');
    if (mode !== 'subscribe' || token !== expected || !challenge)
      throw new ForbiddenException('The verify token does not match');
    return challenge;
  }

  @Post()
  @HttpCode(200)
  async receive(@Req() request: RawBodyRequest<Request>): Promise<{ received: true }> {
    const secret = this.config.FACEBOOK_APP_SECRET;
    if (!secret) throw new NotFoundException('Facebook webhooks are not set up');
    const raw = request.rawBody;
    const signature = request.header('x-hub-signature-256');
    if (!raw || !validSignature(raw, signature, secret))
      throw new ForbiddenException(
        'The X-Hub-Signature-256 header does not sign this body with the app secret',
      );
    const body: unknown = request.body;
    if (!deliverySchema.safeParse(body).success)
      throw new BadRequestException('The body is not a webhook delivery (object and entry expected)');
    await this.deliveries.keep(Network.FacebookPage, body);
    return { received: true };
  }
}
