import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '../../organizations/organization.entity';
import { DigestFrequency, MessageLanguage } from '../delivery.enums';

/** How an organization wants to hear of suggestions; an organization without a row gets the defaults. */
@ObjectType({ description: 'How an organization wants to hear of suggestions.' })
@Entity('suggestion_preferences')
export class SuggestionPreferences {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => DigestFrequency, { description: 'How suggestion e-mails arrive; IMMEDIATE until changed.' })
  @Column({ type: 'enum', enum: DigestFrequency, enumName: 'digest_frequency', default: DigestFrequency.IMMEDIATE })
  frequency: DigestFrequency;

  @Field(() => Float, { nullable: true, description: 'Suggestions scoring lower are not e-mailed (they stay listed; webhooks and the subscription still get every suggestion). Null: the service-wide sending threshold.' })
  @Column({ type: 'double precision', nullable: true })
  minScore: number | null;

  @Field(() => [String], { description: 'E-mail only suggestions whose other side has one of these themes (or a sub-theme); empty: any. Webhooks and the subscription get every suggestion.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themeCodes: string[];

  @Field(() => [String], { description: "E-mail only suggestions whose other side is in one of these municipalities; empty: any. Webhooks and the subscription get every suggestion." })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  municipalityCodes: string[];

  @Field(() => MessageLanguage, { description: 'The language of suggestion e-mails; SL until changed.' })
  @Column({ type: 'enum', enum: MessageLanguage, enumName: 'message_language', default: MessageLanguage.SL })
  language: MessageLanguage;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
