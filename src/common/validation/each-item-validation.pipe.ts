import { PipeTransform, Type } from '@nestjs/common';
import { BadUserInputError, FieldError } from '../errors/domain-errors';
import { InputValidationPipe } from './input-validation.pipe';

/**
 * Validates a list argument item by item, by the rules of its input type (the global
 * InputValidationPipe leaves lists alone: their items' class is not known to it). All items
 * are checked before anything is refused, so one BAD_USER_INPUT names every failing field,
 * as `<index>.<field>` (`3.title`, `0.resourceTypes`). More than `maxItems` items are refused.
 */
export class EachItemValidationPipe<T> implements PipeTransform<unknown, Promise<T[]>> {
  private readonly items = new InputValidationPipe();

  constructor(
    private readonly itemType: Type<T>,
    private readonly maxItems: number,
    private readonly argument = 'input',
  ) {}

  async transform(value: unknown): Promise<T[]> {
    if (!Array.isArray(value)) throw BadUserInputError.field(this.argument, 'must be a list', { constraint: 'isArray' });
    if (value.length > this.maxItems) {
      throw BadUserInputError.field(this.argument, `at most ${this.maxItems} items a call (${value.length} given); send the rest in further calls`, {
        constraint: 'arrayMaxSize',
        limit: this.maxItems,
      });
    }
    const fields: FieldError[] = [];
    const valid: T[] = [];
    for (const [index, item] of value.entries()) {
      try {
        valid.push((await this.items.transform(item, { type: 'body', metatype: this.itemType, data: this.argument })) as T);
      } catch (error) {
        if (!(error instanceof BadUserInputError)) throw error;
        const own: FieldError[] = error.fields.length ? error.fields : [{ field: '', message: error.message }];
        fields.push(...own.map((field) => ({ ...field, field: field.field ? `${index}.${field.field}` : String(index) })));
      }
    }
    if (fields.length) throw BadUserInputError.fields(fields);
    return valid;
  }
}
