import { Injectable, Optional } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { NatsConnection } from '@relais/server-nats';
import { DataSource } from 'typeorm';
import { CHECK_TIMEOUT_MS, within } from './health.options';

/** Readiness of what the service depends on: Postgres (`SELECT 1`) and NATS, when it uses them. */
@Injectable()
export class DependencyIndicators {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Optional() private readonly dataSource?: DataSource,
    @Optional() private readonly nats?: NatsConnection,
  ) {}

  checks(): (() => Promise<HealthIndicatorResult>)[] {
    const checks: (() => Promise<HealthIndicatorResult>)[] = [];
    if (this.dataSource) checks.push(() => this.postgres());
    if (this.nats) checks.push(() => this.natsConnected());
    return checks;
  }

  async postgres(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('postgres');
    const dataSource = this.dataSource;
    if (!dataSource?.isInitialized) return check.down({ message: 'not connected' });
    try {
      await within(dataSource.query('SELECT 1'), CHECK_TIMEOUT_MS, 'Postgres');
      return check.up();
    } catch (error) {
      return check.down({ message: error instanceof Error ? error.message : 'unreachable' });
    }
  }

  async natsConnected(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('nats');
    return this.nats?.isConnected() ? check.up() : check.down({ message: 'not connected' });
  }
}
