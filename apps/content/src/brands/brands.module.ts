import { Module } from '@nestjs/common';
import { BrandsClient } from './brands.client';

/** The brands and accounts of the clients service, as the content service needs them. */
@Module({
  providers: [BrandsClient],
  exports: [BrandsClient],
})
export class BrandsModule {}
