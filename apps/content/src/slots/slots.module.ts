import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { SlotsController } from './slots.controller';
import { SlotsService } from './slots.service';

/** A brand's weekly posting slots; scheduling on "next free slot" reads them with `readSlotPlan` and picks with `free-slots.ts`. */
@Module({
  imports: [BrandsModule],
  controllers: [SlotsController],
  providers: [SlotsService],
})
export class SlotsModule {}
