import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Need } from '../needs/need.entity';
import { Offer } from '../offers/offer.entity';
import { DeclineReason, MatchDecision, MatchStatus } from './match.enums';
import { SENDING_THRESHOLD_MIN } from './sending-threshold';
import type { StoredComponents } from './stored-components';

/** One need × one offer, scored and explained; unique per pair, updated in place on re-scoring. */
@ObjectType({ description: 'A suggested partnership: one need and one offer, with the score and why.' })
@Entity('match')
@Index('match_need_offer_key', ['needId', 'offerId'], { unique: true })
@Index('match_need_score_idx', ['needId', 'score'])
@Index('match_offer_score_idx', ['offerId', 'score'])
// Counts an offer's partnerships (its used capacity) for every candidate of every job.
@Index('match_offer_accepted_idx', ['offerId'], { where: "status = 'ACCEPTED'" })
// Each organization's answers, for the feedback component of every scoring job.
@Index('match_need_decided_idx', ['needId'], { where: 'need_decision IS NOT NULL' })
@Index('match_offer_decided_idx', ['offerId'], { where: 'offer_decision IS NOT NULL' })
// The suggestions still to be handed to delivery: those above the sending threshold. Only
// pairs that some threshold the hub may set can send (sending-threshold.ts): most of an item's
// stored pairs score under it and would stay in the index for good, each store adding to it.
@Index('match_unnotified_idx', ['score'], { where: `notified_at IS NULL AND status IN ('SUGGESTED', 'INTERESTED') AND score >= ${SENDING_THRESHOLD_MIN}` })
export class Match {
  @Field(() => ID, { description: 'Its id (a UUID).' })
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

  // Which transaction last changed the score, the score before that change and the transaction
  // that had set it: null until the score first changes. The match_score_touch trigger sets them
  // (migration MatchScoreVersions); suggestionsAwaiting pages by them (MatchesService.awaiting).
  @Column({ type: 'bigint', nullable: true, select: false, insert: false, update: false })
  scoreXid: string | null;

  @Column({ type: 'double precision', nullable: true, select: false, insert: false, update: false })
  previousScore: number | null;

  @Column({ type: 'bigint', nullable: true, select: false, insert: false, update: false })
  previousScoreXid: string | null;

  // When the scoring that stored the score read the need and the offer (its job's start): an
  // upsert from a scoring that read them earlier leaves the row (MatchStoreService). Null for
  // rows stored before the migration MatchReadAt.
  @Column({ type: 'timestamptz', nullable: true, select: false, insert: false, update: false })
  readAt: Date | null;

  /** Compact (stored-components.ts): read with readComponents. */
  @Column({ type: 'json' })
  components: StoredComponents;

  // The components the pair had when its first answer was given, kept by the first scoring that
  // rewrote them after it (MatchStoreService): one side accepted, and the pair is scored again
  // while the other side may still answer. The calibration learns that answer with these
  // (DecisionHistoryRepository.answeredPairs). Null while the components are still those.
  @Column({ type: 'json', nullable: true, select: false, insert: false, update: false })
  firstAnswerComponents: StoredComponents | null;

  @Field(() => MatchStatus, { description: 'Where the suggestion is: suggested, accepted by one side or both, declined or expired.' })
  @Column({ type: 'enum', enum: MatchStatus, enumName: 'match_status', default: MatchStatus.SUGGESTED })
  status: MatchStatus;

  // Each side's answer (respondToMatch): the status follows from the two.
  @Field(() => MatchDecision, { nullable: true, description: "The need's organization's answer, if any." })
  @Column({ type: 'enum', enum: MatchDecision, enumName: 'match_decision', nullable: true })
  needDecision: MatchDecision | null;

  @Column({ type: 'timestamptz', nullable: true })
  needDecidedAt: Date | null;

  @Field(() => MatchDecision, { nullable: true, description: "The offer's organization's answer, if any." })
  @Column({ type: 'enum', enum: MatchDecision, enumName: 'match_decision', nullable: true })
  offerDecision: MatchDecision | null;

  @Column({ type: 'timestamptz', nullable: true })
  offerDecidedAt: Date | null;

  @Field(() => DeclineReason, { nullable: true, description: 'Why it was declined; null when it was declined without one.' })
  @Column({ type: 'enum', enum: DeclineReason, enumName: 'decline_reason', nullable: true })
  declineReason: DeclineReason | null;

  /** The decliner's own words. */
  @Column({ type: 'text', nullable: true })
  declineNote: string | null;

  /** When the suggestion was handed to delivery (null: not yet, or below the sending threshold). */
  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;

  // The one reminder each side gets for a suggestion it left unanswered for two weeks.
  @Column({ type: 'timestamptz', nullable: true })
  needRemindedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  offerRemindedAt: Date | null;

  @Field({
    description:
      "When the pair's score or explanation last changed. A re-score that finds both as they were leaves the pair untouched; the need's and the offer's lastMatchedAt say when each was last scored.",
  })
  @Column({ type: 'timestamptz' })
  scoredAt: Date;

  @Field({ description: 'When it was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
