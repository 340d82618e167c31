import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../auth/role.enum';
import { Organization } from '../organizations/organization.entity';
import { User } from './user.entity';

@ObjectType({ description: "A user's role in one organization." })
@Entity('membership')
@Index('membership_user_organization_key', ['userId', 'organizationId'], { unique: true })
export class Membership {
  @Field(() => ID, { description: 'Its id (a UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => Role, { description: 'ADMIN or MEMBER of the organization.' })
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Field({ description: "Receives the organization's e-mails: suggestions, and also partnerships formed or ended and responses (false: none of them; the organization's contact address still gets them). Set with updateMembership." })
  @Column({ type: 'boolean', default: true })
  notifySuggestions: boolean;

  @Field({ description: 'When it was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
