import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DependencyIndicators } from './dependency.indicators';
import { HealthController } from './health.controller';
import { HEALTH_MODULE_OPTIONS, HealthModuleOptions } from './health.options';
import { startDefaultMetrics } from './metrics';

/**
 * `GET /health/live`, `GET /health/ready` (Postgres when a `DataSource` is provided, NATS when a
 * `NatsConnection` is) and `GET /metrics` (process metrics and `relais_rpc_duration_seconds`).
 */
@Module({})
export class HealthModule implements OnModuleInit {
  constructor(@Inject(HEALTH_MODULE_OPTIONS) private readonly options: HealthModuleOptions) {}

  static forRoot(options: HealthModuleOptions): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [{ provide: HEALTH_MODULE_OPTIONS, useValue: options }, DependencyIndicators],
    };
  }

  onModuleInit(): void {
    startDefaultMetrics(this.options.service);
  }
}
