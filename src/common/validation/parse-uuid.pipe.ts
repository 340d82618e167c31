import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { BadUserInputError } from '../errors/domain-errors';

/** For `id: ID!` arguments: a malformed id is the client's mistake, not a missing row. */
@Injectable()
export class ParseUuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (value == null) return value; // a nullable argument that was left out
    if (!isUUID(value)) throw BadUserInputError.field(metadata.data ?? 'id', 'must be an id (UUID)', { constraint: 'isUuid' });
    return value;
  }
}
