import { BadRequestException, Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { z } from '@relais/server-config';
import { parseInput } from '../../control/parse-input';
import { SandboxNetworks } from '../../control/sandbox-networks.service';

const webhookSchema = z.object({
  callbackUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  verifyToken: z.string().min(1).max(200),
  appSecret: z.string().min(1).max(200),
});

/** The page webhooks of the Facebook emulator: subscribe a callback, read the counters, forge a delivery. */
@Controller('control/facebook/webhooks')
export class FacebookWebhooksController {
  constructor(private readonly networks: SandboxNetworks) {}

  @Put()
  async configure(@Body() body: unknown) {
    const settings = parseInput(webhookSchema, body);
    const result = await this.networks.facebookWebhooks.configure(settings);
    if (!result.ok) {
      throw new BadRequestException({
        statusCode: 400,
        message: `Invalid request: callbackUrl failed the verification: ${result.problem}`,
        errors: [{ field: 'callbackUrl', message: `failed the verification: ${result.problem}` }],
      });
    }
    return this.networks.facebookWebhooks.stats();
  }

  @Get()
  stats() {
    return this.networks.facebookWebhooks.stats();
  }

  @Delete()
  @HttpCode(204)
  stop(): void {
    this.networks.facebookWebhooks.stop();
  }

  /** Sends a delivery signed with a wrong secret; answers the status the callback gave it. */
  @Post('wrong-signature')
  async wrongSignature() {
    if (!this.networks.facebookWebhooks.stats().subscribed) {
      throw new BadRequestException({ statusCode: 400, message: 'No webhook is subscribed' });
    }
    return { callbackStatus: await this.networks.facebookWebhooks.sendWrongSignature() };
  }
}
