import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Inject, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { HealthModule } from '@relais/server-health';
import { LoggingModule } from '@relais/server-logging';
import { NatsModule } from '@relais/server-nats';
import { SocialAccountsLoader } from './accounts/social-accounts.loader';
import { ACCESS_TOKEN_CLOCK_TOLERANCE_SECONDS, AccessTokenService } from './auth/access-token.service';
import { AuthGuard } from './auth/auth.guard';
import { RevokedSessions } from './auth/revoked-sessions';
import { SessionRevocationsListener } from './auth/session-revocations.listener';
import { GATEWAY_CONFIG, GatewayConfig } from './config';
import { documentLimitsMiddleware } from './graphql/document-limits.middleware';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { TextInputInterceptor } from './graphql/text-input.interceptor';
import { MemberNamesLoader } from './posts/member-names.loader';
import { MediaLoader } from './media/media.loader';
import { PublicationsLoader } from './publishing/publications.loader';
import { RESOLVERS } from './schema/resolvers';

@Module({})
export class AppModule implements NestModule {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

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
        { provide: GATEWAY_CONFIG, useValue: config },
        {
          provide: AccessTokenService,
          useFactory: () => new AccessTokenService(config.JWT_SECRET, config.ACCESS_TOKEN_TTL),
        },
        {
          provide: RevokedSessions,
          useFactory: () =>
            new RevokedSessions(config.ACCESS_TOKEN_TTL + ACCESS_TOKEN_CLOCK_TOLERANCE_SECONDS),
        },
        SessionRevocationsListener,
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

  /** Documents over the token or directive limits are refused before GraphQL parses and validates them. */
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(
        documentLimitsMiddleware({
          maxTokens: this.config.GRAPHQL_MAX_TOKENS,
          maxDirectives: this.config.GRAPHQL_MAX_DIRECTIVES,
        }),
      )
      .forRoutes({ path: 'graphql', method: RequestMethod.ALL });
  }
}
