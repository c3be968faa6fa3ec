import { Injectable } from '@nestjs/common';
import { BrandIdPayload, BrandView, ClientsSubjects } from '@relais/contracts';
import { Actor } from '@relais/server-database';
import { badInput } from '@relais/server-errors';
import { NatsRequester } from '@relais/server-nats';

/**
 * The brands of the clients service, asked with the caller's envelope: a brand of another agency or
 * out of the caller's scope answers NOT_FOUND "Brand not found", as the clients service decides.
 */
@Injectable()
export class BrandsClient {
  constructor(private readonly nats: NatsRequester) {}

  brand(actor: Actor, brandId: string): Promise<BrandView> {
    const payload: BrandIdPayload = { id: brandId };
    return this.nats.request<BrandView>(ClientsSubjects.brand.get, actor.envelope, payload);
  }

  /** The brand, refused as BAD_USER_INPUT on `brandId` when archived: nothing new is added to it. */
  async activeBrand(actor: Actor, brandId: string): Promise<BrandView> {
    const brand = await this.brand(actor, brandId);
    if (brand.archived) {
      throw badInput(
        [{ field: 'brandId', message: 'the brand is archived; restore it first', constraint: 'archived' }],
        'This brand is archived',
      );
    }
    return brand;
  }
}
