import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { SENDING_THRESHOLD_MAX, SENDING_THRESHOLD_MIN } from './sending-threshold';

/**
 * What the hub changed of matching at run time: one row (id 1), none until the hub first
 * changes something, and then the shipped values no longer apply. Only the sending threshold
 * can change: the weights are the calibration's learned coefficients (README, Matching).
 */
@Entity('matching_settings')
@Check('matching_settings_single_row', '"id" = 1')
// match_unnotified_idx leaves out pairs under the lowest threshold: none may be set under it.
@Check('matching_settings_threshold_range', `"sending_threshold" BETWEEN ${SENDING_THRESHOLD_MIN} AND ${SENDING_THRESHOLD_MAX}`)
export class MatchingSettingsRow {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  /** The probability from which a pair is sent. */
  @Column({ type: 'double precision' })
  sendingThreshold: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** Who changed it last, as the audit log names actors. */
  @Column({ type: 'text' })
  updatedByType: string;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;
}
