import { DynamicModule, Global, Module } from '@nestjs/common';
import { CONTENT_CONFIG, ContentConfig } from './config';

/** Makes the validated configuration injectable everywhere as `CONTENT_CONFIG`. */
@Global()
@Module({})
export class ContentConfigModule {
  static forRoot(config: ContentConfig): DynamicModule {
    return {
      module: ContentConfigModule,
      providers: [{ provide: CONTENT_CONFIG, useValue: config }],
      exports: [CONTENT_CONFIG],
    };
  }
}
