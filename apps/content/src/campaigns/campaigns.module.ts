import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { LabelsService } from './labels.service';

/** Campaigns and labels of a brand. */
@Module({
  imports: [BrandsModule],
  controllers: [CampaignsController],
  providers: [CampaignsService, LabelsService],
  exports: [CampaignsService, LabelsService],
})
export class CampaignsModule {}
