import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { IsDate, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { BadUserInputError } from '../errors/domain-errors';
import { EachItemValidationPipe } from './each-item-validation.pipe';
import { EveryRuleValidationPipe, illFormedTextAt, InputValidationPipe } from './input-validation.pipe';
import { ServiceChecks } from './service-checks';
import { CHECKED_AGAIN_BY_SERVICE, IsNotBefore, IsSingleLine } from './validators';

/** The failing fields of a refused argument, each with its rule, sorted. */
const refusal = async (transformed: Promise<unknown>) => {
  const error = await transformed.then(() => null, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(BadUserInputError);
  return (error as BadUserInputError).fields.map(({ field, constraint }) => `${field} ${constraint}`).sort();
};

describe('illFormedTextAt', () => {
  it('finds a lone surrogate anywhere in an input, by its path', () => {
    expect(illFormedTextAt({ email: '\ud800' })).toBe('email');
    expect(illFormedTextAt({ input: { themeCodes: ['SOCIAL', 'x\udc00'] } })).toBe('input.themeCodes.1');
    expect(illFormedTextAt('a\ud83d')).toBe('');
  });

  it('accepts well-formed text, emoji (surrogate pairs) included', () => {
    expect(illFormedTextAt({ title: 'Prevozi 🚗 starejših', count: 3, when: new Date(), none: null })).toBeNull();
  });
});

describe('InputValidationPipe', () => {
  class PageArgs {
    @IsOptional()
    @IsInt()
    @Min(1)
    @Max(100)
    first?: number;

    @IsOptional()
    @IsString()
    @MaxLength(5)
    after?: string;
  }
  const metadata: ArgumentMetadata = { type: 'query', metatype: PageArgs, data: undefined };

  const outcome = async (pipe: InputValidationPipe, value: unknown) => {
    try {
      const result = await pipe.transform(value, metadata);
      expect(result).toBeInstanceOf(PageArgs);
      expect({ ...(result as PageArgs) }).toEqual(value);
      return 'valid';
    } catch (error) {
      expect(error).toBeInstanceOf(BadUserInputError);
      return 'invalid';
    }
  };

  it('answers the same for a value it has seen valid before, and never keeps an invalid one', async () => {
    const pipe = new InputValidationPipe();
    const checked = jest.spyOn(ValidationPipe.prototype, 'transform');
    for (let round = 0; round < 2; round++) {
      expect(await outcome(pipe, { first: 10 })).toBe('valid');
      expect(await outcome(pipe, { first: 1000 })).toBe('invalid');
      expect(await outcome(pipe, { first: 10, after: 'abc' })).toBe('valid');
      expect(await outcome(pipe, { first: 10, after: 'abcdef' })).toBe('invalid');
      expect(await outcome(pipe, { first: 10, unknown: 1 })).toBe('invalid');
    }
    // The valid values were validated once each, the invalid ones every time.
    expect(checked).toHaveBeenCalledTimes(2 + 3 * 2);
    checked.mockRestore();
    // Each request gets its own copy: changing one changes no other.
    const first = (await pipe.transform({ first: 10 }, metadata)) as PageArgs;
    first.first = 99;
    const second = (await pipe.transform({ first: 10 }, metadata)) as PageArgs;
    expect(second).toBeInstanceOf(PageArgs);
    expect(second.first).toBe(10);
  });
});

describe('rules the service checks again (CHECKED_AGAIN_BY_SERVICE)', () => {
  class Period {
    @IsOptional()
    @IsString()
    @MaxLength(5)
    title?: string;

    @IsOptional()
    @IsDate()
    startsOn?: Date;

    @IsOptional()
    @IsDate()
    @IsNotBefore('startsOn', { context: CHECKED_AGAIN_BY_SERVICE })
    endsOn?: Date;
  }
  const metadata: ArgumentMetadata = { type: 'body', metatype: Period, data: 'input' };
  const backwards = { startsOn: new Date('2027-06-30'), endsOn: new Date('2027-06-29') };

  it('are left to the service when nothing else is wrong, so that its answer names them with what only it checks', async () => {
    await expect(new InputValidationPipe().transform(backwards, metadata)).resolves.toBeInstanceOf(Period);
  });

  it('are named with the other broken rules of a refused argument', async () => {
    expect(await refusal(new InputValidationPipe().transform({ ...backwards, title: 'too long' }, metadata))).toEqual(['endsOn isNotBefore', 'title maxLength']);
    expect(await refusal(new EveryRuleValidationPipe().transform(backwards, metadata))).toEqual(['endsOn isNotBefore']);
    // A NUL character refuses the argument as any other broken rule.
    expect(await refusal(new InputValidationPipe().transform({ ...backwards, title: 'a\u0000' }, metadata))).toEqual(['endsOn isNotBefore', 'title isWellFormed']);
  });

  it("are named in a list for every item once another item is refused, and left to the service otherwise", async () => {
    const items = new EachItemValidationPipe(Period, 10);
    await expect(items.transform([backwards, {}])).resolves.toHaveLength(2);
    expect(await refusal(items.transform([backwards, { title: 'too long' }, backwards]))).toEqual(['0.endsOn isNotBefore', '1.title maxLength', '2.endsOn isNotBefore']);
  });
});

describe('what a service checks with what only it knows (ServiceChecks)', () => {
  class Event {
    @IsString()
    @MaxLength(5)
    title: string;

    @IsOptional()
    @IsDate()
    endsOn?: Date;
  }
  const metadata: ArgumentMetadata = { type: 'body', metatype: Event, data: 'input' };
  const pastEnd = { title: 'Sejem', endsOn: new Date('2020-01-01') };
  const checked = () => {
    const checks = new ServiceChecks();
    const check = jest.fn(async (input: Event) => (input.endsOn && input.endsOn < new Date('2026-01-01') ? [{ field: 'endsOn', message: 'must not be past', constraint: 'isNotPast' }] : []));
    checks.register(Event, check);
    return { checks, check };
  };

  it('are asked of an argument refused anyway, and named with its broken rules', async () => {
    const { checks, check } = checked();
    expect(await refusal(new InputValidationPipe(checks).transform({ ...pastEnd, title: 'too long' }, metadata))).toEqual(['endsOn isNotPast', 'title maxLength']);
    expect(check).toHaveBeenCalledWith(expect.any(Event));
  });

  it('are never asked of a valid argument: its service checks it', async () => {
    const { checks, check } = checked();
    await expect(new InputValidationPipe(checks).transform(pastEnd, metadata)).resolves.toBeInstanceOf(Event);
    expect(check).not.toHaveBeenCalled();
  });

  // An update's days are ordered by its service against the stored ones, the days sent among
  // them: the order of those a rule here names already is not named twice.
  it('are named once when a rule of the argument names the same problem', async () => {
    class Period {
      @IsString()
      @MaxLength(5)
      title: string;

      @IsOptional()
      @IsDate()
      startsOn?: Date;

      @IsOptional()
      @IsDate()
      @IsNotBefore('startsOn', { context: CHECKED_AGAIN_BY_SERVICE })
      endsOn?: Date;
    }
    const checks = new ServiceChecks();
    checks.register(Period, async () => [
      { field: 'endsOn', message: 'must not be before startsOn', constraint: 'isNotBefore' },
      { field: 'endsOn', message: 'must not be before respondBy', constraint: 'isNotBefore' },
    ]);
    const input = { title: 'too long', startsOn: new Date('2027-06-30'), endsOn: new Date('2027-06-29') };
    const error = await new InputValidationPipe(checks).transform(input, { type: 'body', metatype: Period, data: 'input' }).then(() => null, (thrown: unknown) => thrown);
    expect((error as BadUserInputError).fields.map(({ field, constraint, message }) => `${field} ${constraint}: ${message}`).sort()).toEqual([
      'endsOn isNotBefore: must not be before respondBy',
      'endsOn isNotBefore: must not be before startsOn',
      'title maxLength: title must be shorter than or equal to 5 characters',
    ]);
  });

  it("are asked of every item of a list once one item is refused", async () => {
    const { checks } = checked();
    const items = new EachItemValidationPipe(Event, 10, 'input', checks);
    await expect(items.transform([pastEnd, { title: 'Sejem' }])).resolves.toHaveLength(2);
    expect(await refusal(items.transform([pastEnd, { title: 'too long' }, { title: 'Sejem' }]))).toEqual(['0.endsOn isNotPast', '1.title maxLength']);
  });
});

// A NUL character was named only once every rule of the other fields passed: an input with a
// NUL in its description and a title too long came back in two answers, the title first.
describe('a NUL character (U+0000), which PostgreSQL cannot store', () => {
  class Posting {
    @IsString()
    @MaxLength(5)
    title: string;

    @IsOptional()
    @IsString()
    description?: string;

    @IsOptional()
    @IsSingleLine()
    name?: string;

    @IsOptional()
    @IsString({ each: true })
    tags?: string[];
  }
  const metadata: ArgumentMetadata = { type: 'body', metatype: Posting, data: 'input' };

  it('is named in the same answer as the other fields that break their rules, every such text by its path', async () => {
    expect(await refusal(new InputValidationPipe().transform({ title: 'too long', description: 'Opis\u0000z ničlo' }, metadata))).toEqual(['description isWellFormed', 'title maxLength']);
    expect(await refusal(new InputValidationPipe().transform({ title: 'Sejem', description: '\u0000', tags: ['a', 'b\u0000'] }, metadata))).toEqual(['description isWellFormed', 'tags.1 isWellFormed']);
  });

  it('leaves a field to its own rule where one refuses it', async () => {
    expect(await refusal(new InputValidationPipe().transform({ title: 'Sejem', name: 'Ime\u0000' }, metadata))).toEqual(['name isSingleLine']);
  });

  it('is named with the fields of the other items of a list', async () => {
    const items = new EachItemValidationPipe(Posting, 10);
    expect(await refusal(items.transform([{ title: 'Sejem', description: 'a\u0000' }, { title: 'too long' }]))).toEqual(['0.description isWellFormed', '1.title maxLength']);
  });
});
