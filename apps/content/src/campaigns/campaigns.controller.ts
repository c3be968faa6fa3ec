import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  CampaignIdPayload,
  CampaignView,
  ContentSubjects,
  CreateCampaignPayload,
  CreateLabelPayload,
  Envelope,
  LabelIdPayload,
  LabelView,
  ListCampaignsPayload,
  ListLabelsPayload,
  UpdateCampaignPayload,
  UpdateLabelPayload,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { CampaignsService } from './campaigns.service';
import { LabelsService } from './labels.service';

@Controller()
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly labels: LabelsService,
  ) {}

  @MessagePattern(ContentSubjects.campaign.list)
  listCampaigns(
    @Env() envelope: Envelope,
    @Data(ListCampaignsPayload) payload: ListCampaignsPayload,
  ): Promise<CampaignView[]> {
    return this.campaigns.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.campaign.create)
  createCampaign(
    @Env() envelope: Envelope,
    @Data(CreateCampaignPayload) payload: CreateCampaignPayload,
  ): Promise<CampaignView> {
    return this.campaigns.create(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.campaign.update)
  updateCampaign(
    @Env() envelope: Envelope,
    @Data(UpdateCampaignPayload) payload: UpdateCampaignPayload,
  ): Promise<CampaignView> {
    return this.campaigns.update(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.campaign.archive)
  archiveCampaign(
    @Env() envelope: Envelope,
    @Data(CampaignIdPayload) payload: CampaignIdPayload,
  ): Promise<CampaignView> {
    return this.campaigns.archive(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.label.list)
  listLabels(
    @Env() envelope: Envelope,
    @Data(ListLabelsPayload) payload: ListLabelsPayload,
  ): Promise<LabelView[]> {
    return this.labels.list(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.label.create)
  createLabel(
    @Env() envelope: Envelope,
    @Data(CreateLabelPayload) payload: CreateLabelPayload,
  ): Promise<LabelView> {
    return this.labels.create(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.label.update)
  updateLabel(
    @Env() envelope: Envelope,
    @Data(UpdateLabelPayload) payload: UpdateLabelPayload,
  ): Promise<LabelView> {
    return this.labels.update(actorFrom(envelope), payload);
  }

  @MessagePattern(ContentSubjects.label.delete)
  deleteLabel(@Env() envelope: Envelope, @Data(LabelIdPayload) payload: LabelIdPayload): Promise<string> {
    return this.labels.delete(actorFrom(envelope), payload);
  }
}
