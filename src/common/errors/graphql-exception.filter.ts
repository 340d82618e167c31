import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { ThrottlerException } from '@nestjs/throttler';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { isDatabaseConnectionError } from './database-connection-error';
import { DomainError, ErrorCode, ServiceUnavailableError } from './domain-errors';
import { UNIQUE_VIOLATION, uniqueViolation } from './unique-keys';

// PostgreSQL error codes that a client's input can still reach despite validation,
// e.g. two requests racing for the same unique value (UNIQUE_VIOLATION, unique-keys.ts).
const FOREIGN_KEY_VIOLATION = '23503';

/**
 * The one place where exceptions become GraphQL errors with an `extensions.code`.
 * Anything unexpected is logged and answered as INTERNAL_SERVER_ERROR without details.
 * Plain HTTP routes keep Nest's default handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    // The request's id (pino-http's, as on its line in the log) beside an unexpected error.
    const request = GqlArgumentsHost.create(host).getContext<{ req?: { id?: unknown } } | undefined>()?.req;
    return this.toGraphqlError(exception, request?.id);
  }

  toGraphqlError(exception: unknown, requestId?: unknown): GraphQLError {
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof ServiceUnavailableError) {
      // Not a bug, but the operator wants to know: once per failed request, without a stack.
      this.logger.warn(`${exception.message} (${describe(exception.cause ?? exception)})`);
      return graphqlError(exception.message, exception.code, exception.extensions);
    }
    if (exception instanceof DomainError) return graphqlError(exception.message, exception.code, exception.extensions);
    if (isDatabaseConnectionError(exception)) return this.toGraphqlError(ServiceUnavailableError.database(exception), requestId);
    if (exception instanceof ThrottlerException) {
      return graphqlError('Too many requests; slow down and try again in a minute.', 'RATE_LIMITED');
    }
    if (exception instanceof QueryFailedError) {
      const { code, constraint } = (exception.driverError ?? {}) as { code?: string; constraint?: string };
      if (code === UNIQUE_VIOLATION) {
        const conflict = uniqueViolation(constraint);
        return graphqlError(conflict.message, conflict.code, conflict.extensions);
      }
      if (code === FOREIGN_KEY_VIOLATION) return graphqlError('A referenced item does not exist.', 'BAD_USER_INPUT');
      // Class 22, data exceptions: a value PostgreSQL cannot take (a NUL character, year 0,
      // a timestamp out of range) that got past validation. Nothing was stored.
      if (code?.startsWith('22')) return graphqlError('A value in the input cannot be stored (for example a NUL character or an impossible date).', 'BAD_USER_INPUT');
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const code: ErrorCode = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'BAD_USER_INPUT';
      return graphqlError(exception.message, code);
    }
    const error = exception instanceof Error ? exception : new Error(String(exception));
    this.logger.error(requestId === undefined ? { err: error } : { err: error, requestId }, 'Internal server error');
    return graphqlError('Internal server error.', 'INTERNAL_SERVER_ERROR');
  }
}

export function graphqlError(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
