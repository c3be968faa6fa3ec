import { DynamicModule, Module } from '@nestjs/common';
import { DatabaseModule } from '@relais/server-database';
import { EventsModule } from '@relais/server-events';
import { HealthModule } from '@relais/server-health';
import { LoggingModule } from '@relais/server-logging';
import { NatsModule } from '@relais/server-nats';
import { AccountsModule } from './accounts/accounts.module';
import { AgenciesModule } from './agencies/agencies.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BrandsModule } from './brands/brands.module';
import { ClientsConfigModule } from './clients-config.module';
import { ClientsConfig } from './config';
import { entities } from './entities';
import { InvitationsModule } from './invitations/invitations.module';
import { MembershipsModule } from './memberships/memberships.module';
import { migrations, SCHEMA } from './migrations';
import { UsersModule } from './users/users.module';

export const SERVICE = 'clients';

/** The clients service, built from its validated configuration (tests pass their own). */
@Module({})
export class AppModule {
  static forRoot(config: ClientsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ClientsConfigModule.forRoot(config),
        LoggingModule.forRoot({
          service: SERVICE,
          level: config.LOG_LEVEL,
          pretty: config.NODE_ENV === 'development',
        }),
        DatabaseModule.forRoot({
          url: config.DATABASE_URL,
          schema: SCHEMA,
          entities,
          migrations,
          poolSize: config.DATABASE_POOL_SIZE,
          applicationName: SERVICE,
        }),
        NatsModule.forRoot({
          url: config.NATS_URL,
          service: SERVICE,
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
        EventsModule.forRoot({ schema: SCHEMA, subjectPrefix: config.NATS_SUBJECT_PREFIX }),
        HealthModule.forRoot({ service: SERVICE }),
        AuditModule,
        AgenciesModule,
        UsersModule,
        MembershipsModule,
        AuthModule,
        BrandsModule,
        AccountsModule,
        InvitationsModule,
      ],
    };
  }
}
