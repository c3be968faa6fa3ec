import { DynamicModule, Global, Module } from '@nestjs/common';
import { SANDBOX_CONFIG, SandboxConfig } from './config';

/** Makes the validated configuration injectable everywhere as `SANDBOX_CONFIG`. */
@Global()
@Module({})
export class SandboxConfigModule {
  static forRoot(config: SandboxConfig): DynamicModule {
    return {
      module: SandboxConfigModule,
      providers: [{ provide: SANDBOX_CONFIG, useValue: config }],
      exports: [SANDBOX_CONFIG],
    };
  }
}
