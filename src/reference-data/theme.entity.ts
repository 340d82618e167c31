import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'An activity area of the two-level theme taxonomy.' })
@Entity('theme')
export class Theme {
  @Field(() => ID, { description: 'Stable code, e.g. "SOCIAL_ELDERLY".' })
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Index()
  @Column({ type: 'text', nullable: true })
  parentCode: string | null;

  @Field({ description: 'Name in Slovenian.' })
  @Column({ type: 'text' })
  nameSl: string;

  @Field({ description: 'Name in English.' })
  @Column({ type: 'text' })
  nameEn: string;

  @Field(() => [String], { description: 'Words and phrases in Slovenian that point to this theme in free text.' })
  @Column({ type: 'text', array: true })
  keywordsSl: string[];

  @Field(() => [String], { description: 'Words and phrases in English that point to this theme in free text.' })
  @Column({ type: 'text', array: true })
  keywordsEn: string[];

  @Column({ type: 'int' })
  position: number;
}
