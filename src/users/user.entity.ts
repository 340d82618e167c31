import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A person who signs in: hub staff or a member of one or more organizations.' })
@Entity('user')
@Index('user_email_key', { synchronize: false })
export class User {
  @Field(() => ID, { description: 'Its id (a UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Stored as typed; unique case-insensitively (the index is on lower(email)).
  @Field({ description: 'The address the person signs in with, as typed.' })
  @Column({ type: 'text' })
  email: string;

  @Field({ description: "The person's name." })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'A phone number; null when not given.' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text' })
  passwordHash: string;

  @Field({ description: 'Hub staff: acts as ADMIN for every organization.' })
  @Column({ type: 'boolean', default: false })
  hubAdmin: boolean;

  @Field({ description: 'When it was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
