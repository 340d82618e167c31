import { Inject, Injectable } from '@nestjs/common';
import { DecisionHistoryRepository } from './decision-history.repository';
import { MATCHING_CONFIG } from './matching.queue';
import { CalibrationModel } from './scoring/calibration';
import { refitWithAnswers } from './scoring/decision-calibration';
import { MatchingConfig } from './scoring/matching-config';

// Answers come in slowly; looking for new ones once in this long keeps the check off the
// path of most scoring jobs.
const CHECK_EVERY_MS = 30_000;

/**
 * The calibration in force: the shipped model refitted with the answers people gave to
 * suggestions (decision-calibration.ts). Refitted when an answer was given since the last
 * look, which is at most every 30 seconds.
 */
@Injectable()
export class DecisionCalibrationService {
  private model: CalibrationModel;
  private fingerprint: string | null = null;
  private checkedAt = -Infinity;

  constructor(
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
    private readonly decisions: DecisionHistoryRepository,
  ) {
    this.model = config.calibration;
  }

  async current(): Promise<CalibrationModel> {
    if (Date.now() - this.checkedAt < CHECK_EVERY_MS) return this.model;
    return this.refresh();
  }

  /** Looks for new answers now and refits if there are any. */
  async refresh(): Promise<CalibrationModel> {
    this.checkedAt = Date.now();
    const fingerprint = await this.decisions.answersFingerprint();
    if (fingerprint !== this.fingerprint) {
      this.model = refitWithAnswers(this.config.calibration, await this.decisions.answeredPairs());
      this.fingerprint = fingerprint;
    }
    return this.model;
  }
}
