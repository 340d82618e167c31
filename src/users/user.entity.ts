import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A person who signs in: hub staff or a member of one or more organizations.' })
@Entity('user')
@Index('user_email_key', { synchronize: false })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Stored as typed; unique case-insensitively (the index is on lower(email)).
  @Field()
  @Column({ type: 'text' })
  email: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text' })
  passwordHash: string;

  @Field({ description: 'Hub staff: acts as ADMIN for every organization.' })
  @Column({ type: 'boolean', default: false })
  hubAdmin: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
