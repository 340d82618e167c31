// Learning from people's answers: each side's accept or decline of a suggestion is a label
// of the pair it answered (accepted: good for that side; declined: not), and the calibration
// is refitted on those labels with the shipped model as its prior. With few answers it stays
// close to the shipped model; as answers accumulate they move it, and the probability of
// pairs like the ones people declined (or accepted) moves with it.
import { asLogistic, CalibrationModel, ComponentScores, featureVector, withLogistic } from './calibration';
import { fitLogistic, TrainingRow } from './logistic';

/** One side's answer to a suggestion, with the components the pair had when scored. */
export interface AnsweredPair {
  components: readonly ComponentScores[];
  accepted: boolean;
}

/**
 * How strongly the shipped model holds: the ridge penalty pulling each coefficient (and the
 * intercept) back to it. About this many answers that all disagree with it move a
 * coefficient by one unit of log-odds; a handful of answers move it little.
 */
export const PRIOR_STRENGTH = 20;

/**
 * Answers on pairs scored before components carried their detail cannot be read as features,
 * nor those scored before the topic's detail had the things both texts name (conceptText) and
 * the share of the need the offer's text covers (needCovered). They stay out: an answer is
 * learned with the components it was given on (an ACCEPTED or DECLINED pair is not scored again,
 * and a pair scored again after its first answer keeps those it had then, MatchStoreService),
 * so a later scoring (rematchAll) does not make it readable. A topic without crossLanguage (the
 * two texts in different languages) is read as one language (calibration.ts): such answers
 * still teach everything else.
 */
function readable(answer: AnsweredPair): boolean {
  return (
    answer.components.every((part) => part.name !== 'topic' || (part.detail?.conceptText !== undefined && part.detail.needCovered !== undefined)) &&
    answer.components.some((part) => part.name === 'geography' && part.detail)
  );
}

/** The calibration refitted on the answers, the shipped model as prior. */
export function refitWithAnswers(shipped: CalibrationModel, answers: readonly AnsweredPair[], strength = PRIOR_STRENGTH): CalibrationModel {
  const rows: TrainingRow[] = answers.filter(readable).map((answer) => ({
    features: featureVector(shipped, answer.components),
    label: answer.accepted ? 1 : 0,
  }));
  if (rows.length === 0) return shipped;
  return withLogistic(shipped, fitLogistic(rows, { l2: strength, prior: asLogistic(shipped), priorInterceptStrength: 1 }));
}
