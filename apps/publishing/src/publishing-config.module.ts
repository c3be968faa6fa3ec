import { DynamicModule, Global, Module } from '@nestjs/common';
import { PUBLISHING_CONFIG, PublishingConfig } from './config';

/** Makes the validated configuration injectable everywhere as `PUBLISHING_CONFIG`. */
@Global()
@Module({})
export class PublishingConfigModule {
  static forRoot(config: PublishingConfig): DynamicModule {
    return {
      module: PublishingConfigModule,
      providers: [{ provide: PUBLISHING_CONFIG, useValue: config }],
      exports: [PUBLISHING_CONFIG],
    };
  }
}
