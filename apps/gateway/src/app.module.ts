import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { HealthModule } from '@relais/server-health';
import { LoggingModule } from '@relais/server-logging';
import { NatsModule } from '@relais/server-nats';
import { SocialAccountsLoader } from './accounts/social-accounts.loader';
import { AccessTokenService } from './auth/access-token.service';
import { AuthGuard } from './auth/auth.guard';
import { GatewayConfig } from './config';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { TextInputInterceptor } from './graphql/text-input.interceptor';
import { MemberNamesLoader } from './posts/member-names.loader';
import { MediaLoader } from './media/media.loader';
import { PublicationsLoader } from './publishing/publications.loader';
import { RESOLVERS } from './schema/resolvers';

@Module({})
export class AppModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot({ service: 'gateway', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY }),
        NatsModule.forRoot({
          url: config.NATS_URL,
          service: 'gateway',
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
        HealthModule.forRoot({ service: 'gateway' }),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
      ],
      providers: [
        {
          provide: AccessTokenService,
          useFactory: () => new AccessTokenService(config.JWT_SECRET, config.ACCESS_TOKEN_TTL),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: TextInputInterceptor },
        SocialAccountsLoader,
        MediaLoader,
        MemberNamesLoader,
        PublicationsLoader,
        ...RESOLVERS,
      ],
    };
  }
}
