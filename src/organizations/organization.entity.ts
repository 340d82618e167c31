import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Municipality } from '../reference-data/municipality.entity';
import { municipalityOf, themesOf } from '../reference-data/reference-lookups';
import { Theme } from '../reference-data/theme.entity';
import { Sector } from './sector.enum';

@ObjectType({
  description:
    'A municipality, public institution, development agency, company or NGO. Contact details are not part of this type: they are revealed only under the consent rules.',
})
@Entity('organization')
@Index('organization_registration_number_key', ['registrationNumber'], {
  unique: true,
  where: 'registration_number IS NOT NULL',
})
@Index('organization_tax_number_key', ['taxNumber'], { unique: true, where: 'tax_number IS NOT NULL' })
@Index('organization_created_at_id_idx', ['createdAt', 'id'])
@Index('organization_theme_codes_gin', { synchronize: false })
@Index('organization_search_trgm', { synchronize: false })
export class Organization {
  @Field(() => ID, { description: 'Its id (a UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: "The organization's name." })
  @Column({ type: 'text' })
  name: string;

  @Field(() => Sector, { description: 'The sector it belongs to; set when the hub creates it.' })
  @Index()
  @Column({ type: 'enum', enum: Sector, enumName: 'sector' })
  sector: Sector;

  @Index()
  @Column({ type: 'char', length: 3 })
  municipalityCode: string;

  // The foreign key to the reference table. GraphQL's `municipality` (below) comes from the
  // reference data in memory.
  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipalityRow?: Municipality;

  // Getters: for GraphQL plain fields, computed from the codes, with no resolver of their own.
  @Field(() => Municipality, { description: 'The municipality of its seat.' })
  get municipality(): Municipality {
    return municipalityOf(this.municipalityCode);
  }

  @Field(() => [Theme], { description: 'The themes it works on, as given in its profile.' })
  get themes(): Theme[] {
    return themesOf(this.themeCodes);
  }

  @Field(() => String, { nullable: true, description: 'What the organization does, in its own words; null when not given.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themeCodes: string[];

  // Contact details: personal data, never exposed through Organization itself.
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Public web site.' })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'Matična številka (7 or 10 digits).' })
  @Column({ type: 'text', nullable: true })
  registrationNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Davčna številka (8 digits).' })
  @Column({ type: 'text', nullable: true })
  taxNumber: string | null;

  @Field({ description: 'Checked by the hub staff.' })
  @Column({ type: 'boolean', default: false })
  verified: boolean;

  // Millisecond precision, so that a JavaScript Date (and so a page cursor) is exact.
  @Field({ description: 'When it was created.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
