import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuditModule } from './audit/audit.module';
import { ApiKeyScopeGuard } from './auth/api-key-scope.guard';
import { AuthGuard } from './auth/auth.guard';
import { AuthModule } from './auth/auth.module';
import { ClockModule } from './common/clock/clock.module';
import { ProcessRoles } from './common/process-roles';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter';
import { InputValidationPipe } from './common/validation/input-validation.pipe';
import { ServiceChecksModule } from './common/validation/service-checks';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { GraphiqlModule } from './graphiql/graphiql.module';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { MailModule } from './mail/mail.module';
import { MatchingModule } from './matching/matching.module';
import { MetricsModule } from './metrics/metrics.module';
import { NeedsModule } from './needs/needs.module';
import { OffersModule } from './offers/offers.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { OutboxModule } from './outbox/outbox.module';
import { PartnershipsModule } from './partnerships/partnerships.module';
import { queueBoardModules } from './queue-board/queue-board.module';
import { GraphqlThrottlerGuard } from './rate-limit/graphql-throttler.guard';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { RedisThrottlerStorage } from './rate-limit/redis-throttler.storage';
import { redisOptionsFromUrl } from './redis/redis-connection';
import { REDIS, RedisModule } from './redis/redis.module';
import { ReferenceDataModule } from './reference-data/reference-data.module';
import { ResponsesModule } from './responses/responses.module';
import { StatisticsModule } from './statistics/statistics.module';
import { DELIVERY_CHANNEL_MODULES } from './suggestions/channels/channel-modules';
import { SuggestionsModule } from './suggestions/suggestions.module';
import { UsersModule } from './users/users.module';
import { ViewerModule } from './viewer/viewer.module';

export interface AppModuleOptions {
  imports?: DynamicModule[];
}

/**
 * One module for both entry points: src/main.ts (the API, optionally with the worker in
 * the same process) and src/worker.ts (the worker alone, no HTTP). Both share the same
 * providers; only a worker process starts consumers.
 */
@Module({})
export class AppModule {
  /** `options.imports`: more modules, for tests (a delivery channel of their own). */
  static forRoot(config: AppConfig, roles: ProcessRoles, options: AppModuleOptions = {}): DynamicModule {
    const platform = [
      ConfigModule.forRoot(config),
      ClockModule,
      ServiceChecksModule,
      LoggingModule.forRoot(config),
      TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl)),
      RedisModule,
      BullModule.forRoot({ connection: redisOptionsFromUrl(config.redisUrl), prefix: config.queuePrefix }),
      MetricsModule.register(roles),
      AuditModule,
      OutboxModule,
      MailModule,
    ];
    // Features are in every process (the worker reads needs and offers too); their
    // resolvers only serve where the GraphQL module runs.
    const features = [
      AuthModule,
      ReferenceDataModule,
      OrganizationsModule,
      NeedsModule,
      OffersModule,
      UsersModule,
      ApiKeysModule,
      ViewerModule,
      MatchingModule.register(roles),
      SuggestionsModule.register(roles),
      ...DELIVERY_CHANNEL_MODULES.map((channel) => channel.register(roles)),
      PartnershipsModule.register(roles),
      ResponsesModule.register(roles),
      StatisticsModule,
      ...(options.imports ?? []),
    ];
    const http = roles.api
      ? [
          GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
          ThrottlerModule.forRootAsync({
            inject: [REDIS],
            useFactory: (redis: Redis) => ({
              throttlers: [{ name: 'per-caller', ttl: 60_000, limit: config.rateLimitPerMinute }],
              storage: new RedisThrottlerStorage(redis, config.queuePrefix),
            }),
          }),
          RateLimitModule,
          HealthModule,
          ...queueBoardModules(),
          ...(config.isProduction ? [] : [GraphiqlModule]),
        ]
      : [];
    return {
      module: AppModule,
      imports: [...platform, ...features, ...http],
      providers: roles.api
        ? [
            { provide: APP_GUARD, useClass: AuthGuard },
            { provide: APP_GUARD, useClass: ApiKeyScopeGuard },
            { provide: APP_GUARD, useClass: GraphqlThrottlerGuard },
            { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
            { provide: APP_PIPE, useClass: InputValidationPipe },
          ]
        : [],
    };
  }
}
