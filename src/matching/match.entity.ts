import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Need } from '../needs/need.entity';
import { Offer } from '../offers/offer.entity';
import { MatchStatus } from './match.enums';
import type { ScoredComponent } from './scoring/score';

/** One need × one offer, scored and explained; unique per pair, updated in place on re-scoring. */
@ObjectType({ description: 'A suggested partnership: one need and one offer, with the score and why.' })
@Entity('match')
@Index('match_need_offer_key', ['needId', 'offerId'], { unique: true })
@Index('match_need_score_idx', ['needId', 'score'])
@Index('match_offer_score_idx', ['offerId', 'score'])
// Counts an offer's partnerships (its used capacity) for every candidate of every job.
@Index('match_offer_accepted_idx', ['offerId'], { where: "status = 'ACCEPTED'" })
export class Match {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  needId: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Column({ type: 'uuid' })
  offerId: string;

  @ManyToOne(() => Offer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id' })
  offer?: Offer;

  @Field(() => Float, { description: 'In [0, 1]; higher is better.' })
  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'jsonb' })
  components: ScoredComponent[];

  @Field(() => MatchStatus)
  @Column({ type: 'enum', enum: MatchStatus, enumName: 'match_status', default: MatchStatus.SUGGESTED })
  status: MatchStatus;

  @Field({ description: 'When the pair was last scored.' })
  @Column({ type: 'timestamptz' })
  scoredAt: Date;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
