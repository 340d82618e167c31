import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../auth/role.enum';
import { Organization } from '../organizations/organization.entity';

@ObjectType({ description: 'An invitation to join an organization (or the hub staff) as a user.' })
@Entity('invitation')
export class Invitation {
  @Field(() => ID, { description: 'Its id (a UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true, description: 'Null: an invitation to the hub staff.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field({ description: 'The address invited.' })
  @Column({ type: 'text' })
  email: string;

  @Field(() => Role, { description: 'The role the person will have.' })
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  // SHA-256 of the token; the token itself is shown once to the inviter.
  @Index('invitation_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Field({ description: 'Until when the link works: 14 days after it was sent.' })
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the invitee signed up or accepted it; null while pending.' })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Field({ description: 'When it was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
