import { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsEmail, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { BadUserInputError, FieldError } from '../errors/domain-errors';
import { EachItemValidationPipe } from './each-item-validation.pipe';
import { InputValidationPipe } from './input-validation.pipe';
import { ParseUuidPipe } from './parse-uuid.pipe';
import { IsNotBefore } from './validators';

class Contact {
  @IsEmail()
  email: string;
}

class Posting {
  @IsString()
  @Length(3, 10)
  title: string;

  @ArrayNotEmpty()
  @ArrayMaxSize(2)
  kinds: string[];

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  capacity?: number;

  @IsOptional()
  @Matches(/^\+?[0-9 ]+$/, { message: 'phone must be a phone number' })
  phone?: string;

  @IsOptional()
  startsOn?: string;

  @IsOptional()
  @IsNotBefore('startsOn')
  endsOn?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => Contact)
  contact?: Contact;
}

const metadata: ArgumentMetadata = { type: 'body', metatype: Posting, data: 'input' };

async function fieldsOf(run: () => Promise<unknown> | unknown): Promise<FieldError[]> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as BadUserInputError).fields;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('the rule of each BAD_USER_INPUT field (extensions.fields[].constraint and limit)', () => {
  const pipe = new InputValidationPipe();
  const valid = { title: 'Prevozi', kinds: ['A'] };

  it('names the constraint and its number, and keeps the field and the message as they were', async () => {
    const fields = await fieldsOf(() => pipe.transform({ title: 'Pr', kinds: [], capacity: 9, phone: 'abc' }, metadata));
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'title', message: 'title must be longer than or equal to 3 characters', constraint: 'minLength', limit: 3 },
        { field: 'kinds', message: 'kinds should not be empty', constraint: 'arrayNotEmpty' },
        { field: 'capacity', message: 'capacity must not be greater than 5', constraint: 'max', limit: 5 },
        { field: 'phone', message: 'phone must be a phone number', constraint: 'matches' },
      ]),
    );
    expect(fields).toHaveLength(4);
  });

  it('names the end of a length range that was crossed, counting characters as the rule does', async () => {
    expect(await fieldsOf(() => pipe.transform({ ...valid, title: 'Predolg naslov' }, metadata))).toEqual([
      { field: 'title', message: 'title must be shorter than or equal to 10 characters', constraint: 'maxLength', limit: 10 },
    ]);
    // Two emoji are two characters (four UTF-16 units): still too short.
    expect(await fieldsOf(() => pipe.transform({ ...valid, title: '🚗🚗' }, metadata))).toMatchObject([{ constraint: 'minLength', limit: 3 }]);
  });

  it("names the project's own checks, in nested inputs too", async () => {
    expect(await fieldsOf(() => pipe.transform({ ...valid, kinds: ['A', 'B', 'C'], startsOn: '2027-06-30', endsOn: '2027-03-01', contact: { email: 'no' } }, metadata))).toEqual([
      { field: 'kinds', message: 'kinds must contain no more than 2 elements', constraint: 'arrayMaxSize', limit: 2 },
      { field: 'endsOn', message: 'must not be before startsOn', constraint: 'isNotBefore' },
      { field: 'contact.email', message: 'email must be an email', constraint: 'isEmail' },
    ]);
  });

  it('names the rule of the checks outside class-validator: ids, lists, unknown fields and GraphQL types', async () => {
    expect(await fieldsOf(() => new ParseUuidPipe().transform('x', { type: 'query', data: 'id' }))).toEqual([{ field: 'id', message: 'must be an id (UUID)', constraint: 'isUuid' }]);
    expect(await fieldsOf(() => pipe.transform({ ...valid, extra: 1 }, metadata))).toEqual([{ field: 'extra', message: 'property extra should not exist', constraint: 'whitelistValidation' }]);
    expect(await fieldsOf(() => new EachItemValidationPipe(Posting, 1).transform([valid, valid]))).toMatchObject([{ field: 'input', constraint: 'arrayMaxSize', limit: 1 }]);
    expect(await fieldsOf(() => new EachItemValidationPipe(Posting, 2).transform([valid, { ...valid, title: 'x' }]))).toMatchObject([{ field: '1.title', constraint: 'minLength', limit: 3 }]);
    const missing = 'Variable "$input" got invalid value { kinds: [] }; Field "title" of required type "String!" was not provided.';
    const wrongType = 'Variable "$input" got invalid value "X" at "input.kinds[0]"; Value "X" does not exist in "Kind" enum.';
    expect(formatGraphqlError({ message: missing, extensions: { code: 'BAD_USER_INPUT' } }).extensions?.fields).toEqual([{ field: 'title', message: missing, constraint: 'isDefined' }]);
    expect(formatGraphqlError({ message: wrongType, extensions: { code: 'BAD_USER_INPUT' } }).extensions?.fields).toEqual([{ field: 'kinds.0', message: wrongType, constraint: 'graphqlType' }]);
  });
});
