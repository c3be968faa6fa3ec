import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CampaignView, ContentSubjects, Envelope, LabelView } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { payloadOf } from '../graphql/payload';
import { withNulls } from '../posts/clearable-payload';
import {
  CreateCampaignInput,
  CreateLabelInput,
  UpdateCampaignInput,
  UpdateLabelInput,
} from './campaign.input';
import { CampaignModel, LabelModel } from './campaign.model';

@Resolver(() => CampaignModel)
export class CampaignsResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => [CampaignModel], { description: 'A brand’s campaigns, by name.' })
  async campaigns(
    @RequestEnvelope() envelope: Envelope,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<CampaignView[]> {
    return this.nats.request<CampaignView[]>(ContentSubjects.campaign.list, envelope, {
      brandId,
      includeArchived,
    });
  }

  @Query(() => [LabelModel], { description: 'A brand’s labels, by name.' })
  async labels(
    @RequestEnvelope() envelope: Envelope,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<LabelView[]> {
    return this.nats.request<LabelView[]>(ContentSubjects.label.list, envelope, { brandId });
  }

  @Mutation(() => CampaignModel)
  async createCampaign(
    @Args('input') input: CreateCampaignInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<CampaignView> {
    return this.nats.request<CampaignView>(ContentSubjects.campaign.create, envelope, payloadOf(input));
  }

  @Mutation(() => CampaignModel)
  async updateCampaign(
    @Args('input') input: UpdateCampaignInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<CampaignView> {
    return this.nats.request<CampaignView>(
      ContentSubjects.campaign.update,
      envelope,
      withNulls(input, ['startsOn', 'endsOn']),
    );
  }

  @Mutation(() => CampaignModel, { description: 'Its posts keep it; new posts can no longer choose it.' })
  async archiveCampaign(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<CampaignView> {
    return this.nats.request<CampaignView>(ContentSubjects.campaign.archive, envelope, { id });
  }

  @Mutation(() => LabelModel)
  async createLabel(
    @Args('input') input: CreateLabelInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<LabelView> {
    return this.nats.request<LabelView>(ContentSubjects.label.create, envelope, payloadOf(input));
  }

  @Mutation(() => LabelModel)
  async updateLabel(
    @Args('input') input: UpdateLabelInput,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<LabelView> {
    return this.nats.request<LabelView>(ContentSubjects.label.update, envelope, payloadOf(input));
  }

  @Mutation(() => ID, { description: 'Deletes the label and takes it off its posts; returns its id.' })
  async deleteLabel(
    @Args('id', { type: () => ID }) id: string,
    @RequestEnvelope() envelope: Envelope,
  ): Promise<string> {
    return this.nats.request<string>(ContentSubjects.label.delete, envelope, { id });
  }
}
