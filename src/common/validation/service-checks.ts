import { Global, Injectable, Module, Type } from '@nestjs/common';
import { FieldError } from '../errors/domain-errors';

/** A service's check of an input with what only it knows: the input's problems, each on its field with its constraint (a limit or reason is not kept). */
export type ServiceCheck<T> = (input: T) => Promise<FieldError[]>;

/**
 * The rules a feature's service checks with what only it knows (the clock, the stored row),
 * by the input class they are checked of; the service registers them. InputValidationPipe
 * asks them of an argument it refuses anyway, so that its one answer names them with the
 * others (a need's day already past with an empty title): the client does not hear of one
 * only after fixing the other. An argument the pipe lets through the service checks itself,
 * as before. A check stores nothing.
 */
@Injectable()
export class ServiceChecks {
  private readonly checks = new Map<Type<unknown>, ServiceCheck<unknown>>();

  register<T>(inputType: Type<T>, check: ServiceCheck<T>): void {
    this.checks.set(inputType, check as ServiceCheck<unknown>);
  }

  /** The problems the services find in `input`, by its class (none when no service checks it). */
  of(input: object): Promise<FieldError[]> {
    const check = this.checks.get(input.constructor as Type<unknown>);
    return check ? check(input) : Promise.resolve([]);
  }
}

@Global()
@Module({ providers: [ServiceChecks], exports: [ServiceChecks] })
export class ServiceChecksModule {}
