import { Module } from '@nestjs/common';
import { BrandDirectory } from './brand-directory';

/** The brands and accounts of the clients service, as the content service needs them. */
@Module({
  providers: [BrandDirectory],
  exports: [BrandDirectory],
})
export class BrandsModule {}
