import { DynamicModule, Module } from '@nestjs/common';
import { ServicePlatformModule } from '@relais/server-service';
import { AccountsModule } from './accounts/accounts.module';
import { AgenciesModule } from './agencies/agencies.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BrandsModule } from './brands/brands.module';
import { CLIENTS_CONFIG, ClientsConfig } from './config';
import { ConnectionsModule } from './connections/connections.module';
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
        ServicePlatformModule.forRoot({
          service: SERVICE,
          config,
          configToken: CLIENTS_CONFIG,
          schema: SCHEMA,
          migrations,
          entities,
        }),
        AuditModule,
        AgenciesModule,
        UsersModule,
        MembershipsModule,
        AuthModule,
        BrandsModule,
        AccountsModule,
        InvitationsModule,
        ConnectionsModule,
      ],
    };
  }
}
