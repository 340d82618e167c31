// The figures of ../shared/eval/eval-matching.mjs, computed on scored pairs without a
// server, plus the calibration error. Same definitions: nDCG@10 with gain 2^grade − 1 over
// the listed pairs; nP@5 over min(5, good offers); sending at a threshold: precision (share
// of sent pairs with grade ≥ 2), perfect pairs sent, needs with no good offer sent nothing.

export interface ScoredLabelledPair {
  needKey: string;
  offerKey: string;
  grade: number;
  /** The calibrated probability (the match's score). */
  score: number;
}

export interface RankingFigures {
  ndcg10: number;
  np5: number;
}

export interface SendingFigures {
  threshold: number;
  sent: number;
  precision: number;
  perfectRecall: number;
  quietShare: number;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  pairs: number;
  meanPredicted: number;
  shareGood: number;
}

const gain = (grade: number) => 2 ** grade - 1;
const dcg = (grades: number[]) => grades.reduce((sum, grade, rank) => sum + gain(grade) / Math.log2(rank + 2), 0);

/** All grades of a need (judged pairs, feasible or not), to compute the ideal ranking. */
export type Judgments = Record<string, Record<string, number>>;

function byNeed(pairs: readonly ScoredLabelledPair[]): Map<string, ScoredLabelledPair[]> {
  const needs = new Map<string, ScoredLabelledPair[]>();
  for (const pair of pairs) {
    let list = needs.get(pair.needKey);
    if (!list) needs.set(pair.needKey, (list = []));
    list.push(pair);
  }
  return needs;
}

/** Ranking figures over the given needs; only pairs at or above `listing` are listed, best first. */
export function rankingFigures(pairs: readonly ScoredLabelledPair[], judgments: Judgments, needKeys: readonly string[], listing: number): RankingFigures {
  const grouped = byNeed(pairs);
  let ndcg = 0;
  let np5 = 0;
  for (const needKey of needKeys) {
    const listed = (grouped.get(needKey) ?? [])
      .filter((pair) => pair.score >= listing)
      .sort((a, b) => b.score - a.score || a.offerKey.localeCompare(b.offerKey));
    const grades = listed.slice(0, 10).map((pair) => pair.grade);
    const all = Object.values(judgments[needKey] ?? {});
    const ideal = dcg([...all].sort((a, b) => b - a).slice(0, 10));
    ndcg += ideal === 0 ? (grades.some((grade) => grade > 0) ? 0 : 1) : dcg(grades) / ideal;
    const good = all.filter((grade) => grade >= 2).length;
    np5 += good === 0 ? 1 : grades.slice(0, 5).filter((grade) => grade >= 2).length / Math.min(5, good);
  }
  return { ndcg10: ndcg / needKeys.length, np5: np5 / needKeys.length };
}

export function sendingFigures(pairs: readonly ScoredLabelledPair[], judgments: Judgments, needKeys: readonly string[], threshold: number): SendingFigures {
  const grouped = byNeed(pairs);
  let sent = 0;
  let sentGood = 0;
  let perfect = 0;
  let perfectSent = 0;
  let hopeless = 0;
  let quiet = 0;
  for (const needKey of needKeys) {
    const grades = judgments[needKey] ?? {};
    const sentKeys = new Set((grouped.get(needKey) ?? []).filter((pair) => pair.score >= threshold).map((pair) => pair.offerKey));
    sent += sentKeys.size;
    sentGood += [...sentKeys].filter((key) => (grades[key] ?? 0) >= 2).length;
    for (const [key, grade] of Object.entries(grades)) {
      if (grade !== 3) continue;
      perfect++;
      if (sentKeys.has(key)) perfectSent++;
    }
    if (!Object.values(grades).some((grade) => grade >= 2)) {
      hopeless++;
      if (sentKeys.size === 0) quiet++;
    }
  }
  return {
    threshold,
    sent,
    precision: sent ? sentGood / sent : 1,
    perfectRecall: perfect ? perfectSent / perfect : 1,
    quietShare: hopeless ? quiet / hopeless : 1,
  };
}

/** Predicted probability against the share of good pairs, in equal-width bins. */
export function reliability(pairs: readonly ScoredLabelledPair[], bins = 10): ReliabilityBin[] {
  const result: ReliabilityBin[] = Array.from({ length: bins }, (_, index) => ({ from: index / bins, to: (index + 1) / bins, pairs: 0, meanPredicted: 0, shareGood: 0 }));
  for (const pair of pairs) {
    const bin = result[Math.min(bins - 1, Math.floor(pair.score * bins))];
    bin.pairs++;
    bin.meanPredicted += pair.score;
    bin.shareGood += pair.grade >= 2 ? 1 : 0;
  }
  for (const bin of result) {
    if (bin.pairs === 0) continue;
    bin.meanPredicted /= bin.pairs;
    bin.shareGood /= bin.pairs;
  }
  return result;
}

/** Expected calibration error: Σ (pairs in bin / pairs) × |mean predicted − share good|. */
export function expectedCalibrationError(pairs: readonly ScoredLabelledPair[], bins = 10): number {
  const total = pairs.length;
  return reliability(pairs, bins).reduce((sum, bin) => sum + (bin.pairs / total) * Math.abs(bin.meanPredicted - bin.shareGood), 0);
}

/** Mean negative log-likelihood of the labels (grade ≥ 2) under the scores. */
export function logLoss(pairs: readonly ScoredLabelledPair[]): number {
  const clamp = (p: number) => Math.min(1 - 1e-6, Math.max(1e-6, p));
  return pairs.reduce((sum, pair) => sum - Math.log(pair.grade >= 2 ? clamp(pair.score) : 1 - clamp(pair.score)), 0) / pairs.length;
}
