// `npm run train:calibration`: fits the calibration (src/matching/scoring/calibration-model.json)
// on labelled sets and says how well it generalizes, without a server.
//
//   npm run train:calibration -- [--sets a.json,b.json] [--holdout c.json] [--report docs/reliability-data.json] [--check] [--write]
//
// Default sets: ../shared/eval/devset.json and eval/gorenjska-2.json, and held out
// (--holdout) eval/gorenjska-3.json to -7 (the README says why). It
// prints, and writes to the report:
// - for each set, 5-fold cross-validation by need, repeated 5 times (the model and the
//   sending threshold are fitted on 4/5 of the needs, the figures computed on the other
//   fifth; mean, spread and the pooled out-of-fold figures);
// - each set scored by a model trained on the other sets only (a held-out set);
// - the shipped model: trained on all the sets, its sending threshold the lowest at which, on
//   the out-of-fold predictions of all sets, the sent pairs are at least 85% good and at least
//   80% of the needs without a good offer are sent nothing (issue 11's targets: the hub's
//   e-mails keep their promise), written to calibration-model.json;
// - each --holdout set scored by that shipped model, at its threshold: sets that neither the
//   model nor the threshold, nor any choice of glossary or feature, was fitted on; and the
//   held-out sets pooled, with their sending curve in the report and, as what each threshold
//   buys (the hub sees it where it sets the threshold), in calibration-model.json.
//
// To retrain (after adding a labelled set, changing a component, the glossary or the text
// analysis): run it, commit calibration-model.json and the report, regenerate the plot
// (`npm run plot:reliability`), run the unit tests, and re-score everything in the running
// service (rematchAll) so that stored scores follow the new model. `--check` only verifies
// that calibration-model.json is what the current code and sets produce.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CalibrationModel } from '../src/matching/scoring/calibration';
import { DEFAULT_MATCHING_CONFIG } from '../src/matching/scoring/matching-config';
import {
  chooseThreshold,
  crossValidate,
  CrossValidation,
  FeatureRow,
  featureRows,
  Figures,
  figures,
  keyedJudgments,
  perfectSentByLanguages,
  L2,
  scoreRows,
  sendingCurve,
  train,
} from './calibration/evaluate';
import { languagesOf, prepareSet, readLabelledSet } from './calibration/labelled-set';
import { reliability, ReliabilityBin, ScoredLabelledPair } from './calibration/metrics';

const ROOT = join(__dirname, '..');
const CALIBRATION_FILE = join(ROOT, 'src/matching/scoring/calibration-model.json');

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const setPaths = (argument('sets') ?? [join(ROOT, '../shared/eval/devset.json'), join(ROOT, 'eval/gorenjska-2.json')].join(',')).split(',');
const holdoutPaths = (argument('holdout') ?? (argument('sets') ? '' : [join(ROOT, 'eval/gorenjska-3.json'), join(ROOT, 'eval/gorenjska-4.json'), join(ROOT, 'eval/gorenjska-5.json'), join(ROOT, 'eval/gorenjska-6.json'), join(ROOT, 'eval/gorenjska-7.json')].join(','))).split(',').filter(Boolean);
const reportPath = argument('report') ?? join(ROOT, 'docs/reliability-data.json');
const checkOnly = process.argv.includes('--check');
// Other sets than the defaults (--sets, --holdout) measure: the shipped model and the report are
// those of the defaults, so such a run writes the model only with --write, the report only when
// --report names it.
const otherSets = argument('sets') !== undefined || argument('holdout') !== undefined;
const writesModel = !otherSets || process.argv.includes('--write');
const writesReport = !otherSets || process.argv.includes('--write') || argument('report') !== undefined;
const listing = DEFAULT_MATCHING_CONFIG.listingThreshold;

const pct = (value: number) => value.toFixed(3);
const line = (label: string, result: Figures) =>
  `${label.padEnd(34)} nDCG@10 ${pct(result.ndcg10)}  nP@5 ${pct(result.np5)}  ECE ${pct(result.ece)}  ` +
  `sending at ${result.sending.threshold.toFixed(2)}: ${result.sending.sent} sent, precision ${pct(result.sending.precision)}, ` +
  `perfect sent ${pct(result.sending.perfectRecall)}, quiet ${pct(result.sending.quietShare)}`;
const spreadLine = (cv: CrossValidation) =>
  Object.entries(cv.spread)
    .map(([name, value]) => `${name} ${pct(value.mean)}±${pct(value.sd)} [${pct(value.min)}, ${pct(value.max)}]`)
    .join('  ');

interface SetReport {
  name: string;
  path: string;
  crossValidation: Omit<CrossValidation, 'outOfFold'>;
  /** Per-fold figures when every fold is trained with the other sets too (as the shipped model is). */
  crossValidationWithOtherSets: CrossValidation['spread'] | null;
  /** The out-of-fold predictions sent at the shipped threshold (chosen on all sets). */
  atShippedThreshold?: Figures;
  heldOut: Figures | null;
  heldOutPairs: { needKey: string; offerKey: string; grade: number; score: number }[];
  heldOutReliability: ReliabilityBin[];
}

function main() {
  const prepared = setPaths.map((path) => prepareSet(readLabelledSet(path)));
  const rowsBySet = new Map(prepared.map((set) => [set.set.name, featureRows(set)]));
  const allRows: FeatureRow[] = [...rowsBySet.values()].flat();
  const reports: SetReport[] = [];
  const outOfFold = new Map<string, CrossValidation>();

  for (const [index, set] of prepared.entries()) {
    const rows = rowsBySet.get(set.set.name)!;
    const { judgments, needKeys } = keyedJudgments([set]);
    const cv = crossValidate(rows, judgments, needKeys, { folds: 5, repeats: 5, threshold: null, listing });
    outOfFold.set(set.set.name, cv);
    console.log(`${set.set.name}: ${set.set.needs.length} needs, ${rows.length} feasible pairs, ${rows.filter((row) => row.grade >= 2).length} good`);
    console.log(`  5-fold CV x5, per fold: ${spreadLine(cv)}`);
    console.log(`  ${line('5-fold CV, pooled out-of-fold', cv.pooled)}`);
    // Held out: trained on the other sets only (model and threshold), scored on this one.
    const others = prepared.filter((_, other) => other !== index);
    let heldOut: Figures | null = null;
    let heldOutPairs: SetReport['heldOutPairs'] = [];
    let withOthersSpread: SetReport['crossValidationWithOtherSets'] = null;
    if (others.length > 0) {
      const otherRows = others.flatMap((other) => rowsBySet.get(other.set.name)!);
      const otherKeys = keyedJudgments(others);
      const threshold = chooseThreshold(sendingCurve(crossValidate(otherRows, otherKeys.judgments, otherKeys.needKeys, { folds: 5, repeats: 1, threshold: 0.5, listing }).outOfFold, otherKeys.judgments, otherKeys.needKeys));
      const model = train(otherRows, threshold);
      heldOutPairs = scoreRows(model, rows);
      heldOut = figures(heldOutPairs, judgments, needKeys, threshold, listing);
      console.log(`  ${line(`held out (trained on ${others.map((other) => other.set.name).join(', ')})`, heldOut)}`);
      // As the shipped model is trained: this set's other folds and every other set, model and threshold; reported on the held-out fold.
      const withOthers = crossValidate(rows, keyedJudgments(prepared).judgments, needKeys, {
        folds: 5,
        repeats: 5,
        threshold: null,
        listing,
        alsoTrainOn: { rows: otherRows, needKeys: otherKeys.needKeys },
      });
      withOthersSpread = withOthers.spread;
      console.log(`  5-fold CV x5, each fold trained with ${others.map((other) => other.set.name).join(', ')} too, per fold: ${spreadLine(withOthers)}`);
    }
    const { outOfFold: _outOfFold, ...crossValidation } = cv;
    reports.push({
      name: set.set.name,
      path: relative(ROOT, setPaths[index]),
      crossValidation,
      crossValidationWithOtherSets: withOthersSpread,
      heldOut,
      heldOutPairs,
      heldOutReliability: heldOutPairs.length ? reliability(heldOutPairs) : [],
    });
  }

  // The shipped model: all sets; its threshold from their pooled out-of-fold predictions.
  const all = keyedJudgments(prepared);
  const pooledCv = crossValidate(allRows, all.judgments, all.needKeys, { folds: 5, repeats: 1, threshold: 0.5, listing });
  const curve = sendingCurve(pooledCv.outOfFold, all.judgments, all.needKeys);
  const threshold = chooseThreshold(curve);
  const model: CalibrationModel = train(allRows, threshold);
  const inSample = figures(scoreRows(model, allRows), all.judgments, all.needKeys, threshold, listing);
  console.log(`all sets: ${all.needKeys.length} needs, ${allRows.length} pairs; sending threshold ${threshold} (lowest with out-of-fold precision >= 0.85 and needs left quiet >= 0.8 from there up)`);
  console.log(`  ${line('all sets, 5-fold CV pooled', figures(pooledCv.outOfFold, all.judgments, all.needKeys, threshold, listing))}`);
  console.log(`  ${line('shipped model, in sample', inSample)}`);
  for (const [index, set] of prepared.entries()) {
    const { judgments, needKeys } = keyedJudgments([set]);
    reports[index].atShippedThreshold = figures(outOfFold.get(set.set.name)!.outOfFold, judgments, needKeys, threshold, listing);
    console.log(`  ${line(`${set.set.name}, 5-fold CV pooled at ${threshold}`, reports[index].atShippedThreshold!)}`);
  }
  const holdoutSets = holdoutPaths.map((path) => prepareSet(readLabelledSet(path)));
  const holdoutPairs: ScoredLabelledPair[] = [];
  const holdouts = holdoutSets.map((set, index) => {
    // As the repository names it, not where this checkout happens to be.
    const path = relative(ROOT, holdoutPaths[index]);
    const { judgments, needKeys } = keyedJudgments([set]);
    const pairs = scoreRows(model, featureRows(set));
    holdoutPairs.push(...pairs);
    const result = figures(pairs, judgments, needKeys, threshold, listing);
    const byLanguages = perfectSentByLanguages(pairs, languagesOf(set.set), threshold);
    console.log(`  ${line(`${set.set.name}, held out, shipped model`, result)}`);
    console.log(`    perfect pairs sent, by languages of need-offer: ${Object.entries(byLanguages).map(([languages, { perfect, sent }]) => `${languages} ${sent}/${perfect}`).join(', ')}`);
    return { name: set.set.name, path, figures: result, perfectSentByLanguages: byLanguages, reliability: reliability(pairs) };
  });
  // The held-out sets together: what the hub can expect on text nobody fitted anything to,
  // at the shipped threshold and at others (each set's quiet share rests on a few needs).
  let holdoutsPooled = null;
  if (holdoutSets.length > 1) {
    const { judgments, needKeys } = keyedJudgments(holdoutSets);
    const pooled = figures(holdoutPairs, judgments, needKeys, threshold, listing);
    console.log(`  ${line(`held-out sets pooled (${holdoutSets.length}), shipped model`, pooled)}`);
    holdoutsPooled = { sets: holdoutSets.map((set) => set.set.name), figures: pooled, sendingCurve: sendingCurve(holdoutPairs, judgments, needKeys) };
  }
  console.log(`  coefficients: intercept ${model.intercept.toFixed(3)}, ${Object.entries(model.coefficients).map(([name, value]) => `${name} ${value.toFixed(3)}`).join(', ')}`);

  const shipped = {
    about: 'The calibration of the match score: a logistic model over features of the components (src/matching/scoring/calibration.ts). Written by scripts/train-calibration.ts; do not edit by hand.',
    trainedOn: prepared.map((set) => ({ set: set.set.name, needs: set.set.needs.length, pairs: rowsBySet.get(set.set.name)!.length })),
    l2: L2,
    features: model.features,
    intercept: round(model.intercept),
    coefficients: Object.fromEntries(Object.entries(model.coefficients).map(([name, value]) => [name, round(value)])),
    sendingThreshold: threshold,
    // What each threshold buys on the held-out sets pooled, shown to the hub where it sets the
    // threshold (matchingSettings.sendingTradeOffs, /hub): one source, retrained with the model.
    sendingTradeOffs: holdoutsPooled && {
      measuredOn: holdoutsPooled.sets,
      needs: holdoutsPooled.figures.needs,
      points: holdoutsPooled.sendingCurve.map((point) => ({
        threshold: point.threshold,
        pairsSent: point.sent,
        sentGood: round(point.precision),
        perfectPairsSent: round(point.perfectRecall),
        needsLeftQuiet: round(point.quietShare),
      })),
    },
  };
  // The trade-offs' points one a line: 91 of them would otherwise take 600 lines of the file.
  const text = `${JSON.stringify(shipped, null, 2).replace(/\{\n\s+"threshold": ([^}]*?)\n\s+\}/g, (point: string) => point.replace(/\n\s+/g, ' ').replace(/ \}$/, ' }'))}\n`;
  if (checkOnly) {
    const current = readFileSync(CALIBRATION_FILE, 'utf8');
    if (current !== text) {
      console.error('calibration-model.json is not what the current code and sets produce: run npm run train:calibration');
      process.exit(1);
    }
    console.log('calibration-model.json is up to date');
    return;
  }
  if (writesModel) writeFileSync(CALIBRATION_FILE, text);
  if (!writesReport) {
    console.log('other sets than the defaults: nothing written (--write writes the model and the report, --report <file> the report)');
    return;
  }
  writeFileSync(
    reportPath,
    `${JSON.stringify(
      {
        listingThreshold: listing,
        sendingThreshold: threshold,
        sets: reports,
        holdouts,
        holdoutsPooled,
        allSets: { crossValidation: { ...pooledCv, outOfFold: undefined }, sendingCurve: curve, inSample },
      },
      (key, value) => (typeof value === 'number' && !Number.isInteger(value) ? round(value) : value),
      1,
    )}\n`,
  );
  console.log(writesModel ? `wrote ${CALIBRATION_FILE} and ${reportPath}` : `wrote ${reportPath} (the model only with --write)`);
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

main();
