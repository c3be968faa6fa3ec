import { DynamicModule, Global, Module } from '@nestjs/common';
import { CLIENTS_CONFIG, ClientsConfig } from './config';

/** Makes the validated configuration injectable everywhere as `CLIENTS_CONFIG`. */
@Global()
@Module({})
export class ClientsConfigModule {
  static forRoot(config: ClientsConfig): DynamicModule {
    return {
      module: ClientsConfigModule,
      providers: [{ provide: CLIENTS_CONFIG, useValue: config }],
      exports: [CLIENTS_CONFIG],
    };
  }
}
