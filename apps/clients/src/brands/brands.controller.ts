import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  BrandIdPayload,
  BrandView,
  ClientsSubjects,
  CreateBrandPayload,
  Envelope,
  ListBrandsPayload,
  Page,
  UpdateBrandPayload,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { BrandsService } from './brands.service';

@Controller()
export class BrandsController {
  constructor(private readonly brands: BrandsService) {}

  @MessagePattern(ClientsSubjects.brand.create)
  create(
    @Env() envelope: Envelope,
    @Data(CreateBrandPayload) payload: CreateBrandPayload,
  ): Promise<BrandView> {
    return this.brands.create(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.brand.update)
  update(
    @Env() envelope: Envelope,
    @Data(UpdateBrandPayload) payload: UpdateBrandPayload,
  ): Promise<BrandView> {
    return this.brands.update(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.brand.archive)
  archive(@Env() envelope: Envelope, @Data(BrandIdPayload) payload: BrandIdPayload): Promise<BrandView> {
    return this.brands.archive(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.brand.restore)
  restore(@Env() envelope: Envelope, @Data(BrandIdPayload) payload: BrandIdPayload): Promise<BrandView> {
    return this.brands.restore(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.brand.get)
  get(@Env() envelope: Envelope, @Data(BrandIdPayload) payload: BrandIdPayload): Promise<BrandView> {
    return this.brands.get(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.brand.list)
  list(
    @Env() envelope: Envelope,
    @Data(ListBrandsPayload) payload: ListBrandsPayload,
  ): Promise<Page<BrandView>> {
    return this.brands.list(actorFrom(envelope), payload);
  }
}
