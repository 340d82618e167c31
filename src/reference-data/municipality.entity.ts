import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A Slovenian municipality (občina), with its official 3-digit code.' })
@Entity('municipality')
export class Municipality {
  @Field(() => ID, { description: 'Official 3-digit code, e.g. "052" for Kranj.' })
  @PrimaryColumn({ type: 'char', length: 3 })
  code: string;

  @Field({ description: "Name in the statistical office's style." })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Statistical region, in Slovenian, e.g. "Gorenjska", the name English texts use too (regionEn).' })
  @Column({ type: 'text' })
  region: string;

  @Field(() => Int, { description: 'Population (SURS, 1 July 2020).' })
  @Column({ type: 'int' })
  population: number;

  @Field(() => Float, { description: 'Latitude of the seat (WGS84).' })
  @Column({ type: 'double precision' })
  latitude: number;

  @Field(() => Float, { description: 'Longitude of the seat (WGS84).' })
  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'char', length: 3, array: true, default: () => "'{}'" })
  neighbourCodes: string[];
}
