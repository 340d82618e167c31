import { DynamicModule, Global, Inject, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { HttpLogger, pinoHttp } from 'pino-http';
import { AppConfig } from '../config/app-config';
import { AppLogger } from './app-logger';
import { loggerOptions } from './logger-options';

const REQUEST_LOG = Symbol('REQUEST_LOG');

/**
 * The process's log: pino, JSON lines on stdout. Each HTTP request gets one line when it is
 * answered (pino-http, as a middleware on every route), and Nest's Logger writes through
 * AppLogger to the same logger.
 *
 * Lines logged while a request runs do not carry the request's id. Binding them to it would
 * take an AsyncLocalStorage, whose promise hooks run on every promise the process makes:
 * more of the API's CPU per request under load (bench:api, issue 10). Code that has the
 * request at hand names it: GraphqlExceptionFilter logs an unexpected error of a query or
 * mutation with `requestId` (one a field resolver throws reaches formatError, which has no request).
 */
@Global()
@Module({})
export class LoggingModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    const requestLog = { provide: REQUEST_LOG, useFactory: () => pinoHttp(...loggerOptions(config)) };
    const appLogger = { provide: AppLogger, useFactory: (log: HttpLogger) => new AppLogger(log.logger), inject: [REQUEST_LOG] };
    return { module: LoggingModule, providers: [requestLog, appLogger], exports: [AppLogger] };
  }

  constructor(@Inject(REQUEST_LOG) private readonly requestLog: HttpLogger) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.requestLog).forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}
