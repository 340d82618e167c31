import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Municipality } from '../reference-data/municipality.entity';

@ObjectType({ description: 'How many needs of a filter are in one municipality (needCountsByMunicipality).' })
export class MunicipalityNeedCount {
  @Field(() => Municipality, { description: 'Where the needs are.' })
  municipality: Municipality;

  @Field(() => Int, { description: 'How many needs there match the filter: 1 or more.' })
  count: number;
}
