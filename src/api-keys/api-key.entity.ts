import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { ApiKeyScope } from './api-key-scope.enum';

@ObjectType({
  description:
    'An API key for a partner system. A key of an organization acts as a MEMBER of it; a hub key (no organization) acts as hub staff; either only within its scopes, when it has any.',
})
@Entity('api_key')
export class ApiKey {
  @Field(() => ID, { description: 'Its id (a UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'What the key is for, as given when it was created.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => ID, { nullable: true, description: 'Null: a hub key.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  // SHA-256 of the token: fast to check on every request, useless if the table leaks.
  @Index('api_key_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Field(() => [ApiKeyScope], {
    nullable: true,
    description:
      'The mutations the key may call, by scope; null: every one its organization\'s members (or, for a hub key, the hub) may call. An empty list: a read-only key. Reading needs no scope.',
  })
  @Column({ type: 'enum', enum: ApiKeyScope, enumName: 'api_key_scope', array: true, nullable: true })
  scopes: ApiKeyScope[] | null;

  @Field({ description: 'The first characters of the token, to tell keys apart.' })
  @Column({ type: 'text' })
  tokenPrefix: string;

  @Field({ description: 'When it was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked (it no longer authenticates); null while it works.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  // Set when the key authenticates, at most once a minute (AuthService, ApiKeyUsage): it
  // tells which keys partner systems still use before one is rotated or revoked.
  @Field(() => Date, {
    nullable: true,
    description:
      'When the key last authenticated a request or a websocket (at its opening and at each re-check of an open one, every five minutes), to the minute (it is written at most once a minute); null: never used.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
