import { Injectable, mixin, PipeTransform, Type } from '@nestjs/common';
import { BadUserInputError, FieldError } from '../errors/domain-errors';
import { EveryRuleValidationPipe, InputValidationPipe } from './input-validation.pipe';
import { ServiceChecks } from './service-checks';

/**
 * A rule over the items of one list together (two items of one import under one externalId):
 * the offending items by index, each with its field (without the index). Of the items as given,
 * or as validated where they are valid.
 */
export type ListItemsCheck = (items: readonly unknown[]) => { index: number; field: FieldError }[];

/**
 * Validates a list argument item by item, by the rules of its input type (the global
 * InputValidationPipe leaves lists alone: their items' class is not known to it). All items
 * are checked before anything is refused, so one BAD_USER_INPUT names every failing field,
 * as `<index>.<field>` (`3.title`, `0.resourceTypes`). More than `maxItems` items are refused.
 * Items that break only rules the service checks again pass, as InputValidationPipe lets them,
 * unless another item is refused: then those rules are named too, in the same answer, with
 * what the services would refuse of every item (ServiceChecks: a need's day already past).
 * A rule over the items together (`listCheck`: one externalId twice) is named in that answer
 * too, and refuses the list on its own as well.
 */
export class EachItemValidationPipe<T> implements PipeTransform<unknown, Promise<T[]>> {
  private readonly items: InputValidationPipe;
  private readonly everyRule: EveryRuleValidationPipe;

  constructor(
    private readonly itemType: Type<T>,
    private readonly maxItems: number,
    private readonly argument = 'input',
    serviceChecks?: ServiceChecks,
    private readonly listCheck?: ListItemsCheck,
  ) {
    this.items = new InputValidationPipe(serviceChecks);
    this.everyRule = new EveryRuleValidationPipe(serviceChecks);
  }

  /** The pipe for @Args, as a class Nest makes: with the app's ServiceChecks. */
  static of<T>(itemType: Type<T>, maxItems: number, argument = 'input', listCheck?: ListItemsCheck): Type<EachItemValidationPipe<T>> {
    @Injectable()
    class EachItemOf extends EachItemValidationPipe<T> {
      constructor(serviceChecks: ServiceChecks) {
        super(itemType, maxItems, argument, serviceChecks, listCheck);
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
    const together = this.listCheck?.(checked.map((item, index) => ('valid' in item ? item.valid : value[index]))) ?? [];
    if (!together.length && checked.every((item) => 'valid' in item)) return checked.map((item) => (item as { valid: T }).valid);
    const fields: FieldError[] = [];
    for (const [index, item] of checked.entries()) {
      const own = 'fields' in item ? item.fields : ((await this.check(this.everyRule, value[index])) as { fields?: FieldError[] }).fields ?? [];
      const withOthers = [...own, ...together.filter((repeated) => repeated.index === index).map((repeated) => repeated.field)];
      fields.push(...withOthers.map((field) => ({ ...field, field: field.field ? `${index}.${field.field}` : String(index) })));
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
