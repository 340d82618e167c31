import { Injectable, mixin, PipeTransform, Type } from '@nestjs/common';
import { BadUserInputError, FieldError } from '../errors/domain-errors';
import { EveryRuleValidationPipe, InputValidationPipe } from './input-validation.pipe';
import { ServiceChecks } from './service-checks';

/**
 * Validates a list argument item by item, by the rules of its input type (the global
 * InputValidationPipe leaves lists alone: their items' class is not known to it). All items
 * are checked before anything is refused, so one BAD_USER_INPUT names every failing field,
 * as `<index>.<field>` (`3.title`, `0.resourceTypes`). More than `maxItems` items are refused.
 * Items that break only rules the service checks again pass, as InputValidationPipe lets them,
 * unless another item is refused: then those rules are named too, in the same answer, with
 * what the services would refuse of every item (ServiceChecks: a need's day already past).
 */
export class EachItemValidationPipe<T> implements PipeTransform<unknown, Promise<T[]>> {
  private readonly items: InputValidationPipe;
  private readonly everyRule: EveryRuleValidationPipe;

  constructor(
    private readonly itemType: Type<T>,
    private readonly maxItems: number,
    private readonly argument = 'input',
    serviceChecks?: ServiceChecks,
  ) {
    this.items = new InputValidationPipe(serviceChecks);
    this.everyRule = new EveryRuleValidationPipe(serviceChecks);
  }

  /** The pipe for @Args, as a class Nest makes: with the app's ServiceChecks. */
  static of<T>(itemType: Type<T>, maxItems: number, argument = 'input'): Type<EachItemValidationPipe<T>> {
    @Injectable()
    class EachItemOf extends EachItemValidationPipe<T> {
      constructor(serviceChecks: ServiceChecks) {
        super(itemType, maxItems, argument, serviceChecks);
      }
    }
    return mixin(EachItemOf);
  }

  async transform(value: unknown): Promise<T[]> {
    if (!Array.isArray(value)) throw BadUserInputError.field(this.argument, 'must be a list', { constraint: 'isArray' });
    if (value.length > this.maxItems) {
      throw BadUserInputError.field(this.argument, `at most ${this.maxItems} items a call (${value.length} given); send the rest in further calls`, {
        constraint: 'arrayMaxSize',
        limit: this.maxItems,
      });
    }
    const checked: ({ valid: T } | { fields: FieldError[] })[] = [];
    for (const item of value) checked.push(await this.check(this.items, item));
    if (checked.every((item) => 'valid' in item)) return checked.map((item) => (item as { valid: T }).valid);
    const fields: FieldError[] = [];
    for (const [index, item] of checked.entries()) {
      const own = 'fields' in item ? item.fields : ((await this.check(this.everyRule, value[index])) as { fields?: FieldError[] }).fields ?? [];
      fields.push(...own.map((field) => ({ ...field, field: field.field ? `${index}.${field.field}` : String(index) })));
    }
    throw BadUserInputError.fields(fields);
  }

  private async check(pipe: InputValidationPipe, item: unknown): Promise<{ valid: T } | { fields: FieldError[] }> {
    try {
      return { valid: (await pipe.transform(item, { type: 'body', metatype: this.itemType, data: this.argument })) as T };
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      return { fields: error.fields.length ? error.fields : [{ field: '', message: error.message }] };
    }
  }
}
