import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BrandListService } from './brand-list.service';
import { BrandsController } from './brands.controller';
import { BrandsService } from './brands.service';

@Module({
  imports: [AuditModule],
  controllers: [BrandsController],
  providers: [BrandsService, BrandListService],
  exports: [BrandsService],
})
export class BrandsModule {}
