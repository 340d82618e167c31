import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A signed-out session: its JWT's id, until the JWT would have expired anyway. Signing
 * out must end the session even where a copy of its cookie survives.
 */
@Entity('revoked_session')
export class RevokedSession {
  @PrimaryColumn({ type: 'uuid' })
  jti: string;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
