// `npm run plot:reliability`: draws docs/reliability.svg from the report that
// `npm run train:calibration` writes (docs/reliability-data.json):
// - left, the reliability of the score: predicted probability (bins of 0.1) against the share
//   of good pairs (grade >= 2) in the bin, for predictions of pairs the model was not fitted
//   on (cross-validation folds, and a set held out); the closer to the diagonal, the more a
//   score means what it says;
// - right, what people would receive at each sending threshold: the precision of the sent
//   pairs, the share of perfect pairs sent and the share of needs with no good offer left
//   quiet (pooled out-of-fold predictions of all sets), with the shipped threshold marked.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReliabilityBin, SendingFigures } from './calibration/metrics';

const ROOT = join(__dirname, '..');
const input = process.argv[2] ?? join(ROOT, 'docs/reliability-data.json');
const output = process.argv[3] ?? join(ROOT, 'docs/reliability.svg');

interface Report {
  sendingThreshold: number;
  sets: { name: string; crossValidation: { reliability: ReliabilityBin[] }; heldOutReliability: ReliabilityBin[] }[];
  holdouts?: { name: string; reliability: ReliabilityBin[] }[];
  allSets: { crossValidation: { reliability: ReliabilityBin[] }; sendingCurve: SendingFigures[] };
}

const report = JSON.parse(readFileSync(input, 'utf8')) as Report;

const WIDTH = 960;
const HEIGHT = 440;
const PANEL = 320;
const TOP = 60;
const LEFT = [70, 560];
const COLOURS = ['#1f6feb', '#d1242f', '#1a7f37', '#8250df', '#bf8700', '#0a7d8c', '#6e7781'];

const x = (panel: number, value: number) => LEFT[panel] + value * PANEL;
const y = (value: number) => TOP + (1 - value) * PANEL;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function axes(panel: number, xLabel: string, yLabel: string, title: string): string {
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];
  return [
    `<text x="${x(panel, 0.5)}" y="${TOP - 22}" text-anchor="middle" font-weight="bold">${escape(title)}</text>`,
    `<rect x="${x(panel, 0)}" y="${y(1)}" width="${PANEL}" height="${PANEL}" fill="none" stroke="#888"/>`,
    ...ticks.flatMap((tick) => [
      `<line x1="${x(panel, tick)}" y1="${y(0)}" x2="${x(panel, tick)}" y2="${y(0) + 5}" stroke="#888"/>`,
      `<text x="${x(panel, tick)}" y="${y(0) + 18}" text-anchor="middle" font-size="11">${tick.toFixed(1)}</text>`,
      `<line x1="${x(panel, 0) - 5}" y1="${y(tick)}" x2="${x(panel, 1)}" y2="${y(tick)}" stroke="#eee"/>`,
      `<text x="${x(panel, 0) - 8}" y="${y(tick) + 4}" text-anchor="end" font-size="11">${tick.toFixed(1)}</text>`,
    ]),
    `<text x="${x(panel, 0.5)}" y="${y(0) + 38}" text-anchor="middle" font-size="12">${escape(xLabel)}</text>`,
    `<text transform="translate(${x(panel, 0) - 42} ${y(0.5)}) rotate(-90)" text-anchor="middle" font-size="12">${escape(yLabel)}</text>`,
  ].join('\n');
}

function reliabilitySeries(bins: ReliabilityBin[], colour: string, dashed: boolean): string {
  const points = bins.filter((bin) => bin.pairs > 0);
  const path = points.map((bin, index) => `${index ? 'L' : 'M'}${x(0, bin.meanPredicted).toFixed(1)},${y(bin.shareGood).toFixed(1)}`).join(' ');
  const dots = points
    .map((bin) => `<circle cx="${x(0, bin.meanPredicted).toFixed(1)}" cy="${y(bin.shareGood).toFixed(1)}" r="${Math.min(10, 2 + Math.sqrt(bin.pairs) / 2).toFixed(1)}" fill="${colour}" fill-opacity="0.55"><title>${bin.pairs} pairs, predicted ${bin.meanPredicted.toFixed(2)}, good ${bin.shareGood.toFixed(2)}</title></circle>`)
    .join('\n');
  return `<path d="${path}" fill="none" stroke="${colour}" stroke-width="1.5"${dashed ? ' stroke-dasharray="5 3"' : ''}/>\n${dots}`;
}

function curveSeries(curve: SendingFigures[], pick: (figures: SendingFigures) => number, colour: string): string {
  const path = curve.map((figures, index) => `${index ? 'L' : 'M'}${x(1, figures.threshold).toFixed(1)},${y(pick(figures)).toFixed(1)}`).join(' ');
  return `<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`;
}

const series: { label: string; bins: ReliabilityBin[]; dashed: boolean }[] = [
  { label: 'all sets, 5-fold cross-validation', bins: report.allSets.crossValidation.reliability, dashed: false },
  ...report.sets.map((set) => ({ label: `${set.name}, held out (trained on the others)`, bins: set.heldOutReliability, dashed: true })),
  ...(report.holdouts ?? []).map((set) => ({ label: `${set.name}, held out (shipped model)`, bins: set.reliability, dashed: false })),
];

// Legends sit where the curves are not: below the diagonal on the left, low in the middle on the right.
const legend = (panel: number, at: { x: number; y: number }, entries: { label: string; colour: string; dashed?: boolean }[]) =>
  entries
    .map(
      (entry, index) =>
        `<line x1="${x(panel, at.x)}" y1="${y(at.y) + index * 16}" x2="${x(panel, at.x + 0.07)}" y2="${y(at.y) + index * 16}" stroke="${entry.colour}" stroke-width="2"${entry.dashed ? ' stroke-dasharray="5 3"' : ''}/>` +
        `<text x="${x(panel, at.x + 0.09)}" y="${y(at.y) + 4 + index * 16}" font-size="11">${escape(entry.label)}</text>`,
    )
    .join('\n');

const curve = report.allSets.sendingCurve;
const chosen = report.sendingThreshold;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">
<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>
${axes(0, 'predicted probability that the pair is good', 'share of pairs that are good', 'Reliability of the match score')}
<line x1="${x(0, 0)}" y1="${y(0)}" x2="${x(0, 1)}" y2="${y(1)}" stroke="#999" stroke-dasharray="2 3"/>
${series.map((entry, index) => reliabilitySeries(entry.bins, COLOURS[index], entry.dashed)).join('\n')}
${legend(0, { x: 0.5, y: 0.05 + 0.05 * (series.length - 1) }, series.map((entry, index) => ({ label: entry.label, colour: COLOURS[index], dashed: entry.dashed })))}
${axes(1, 'sending threshold (probability)', 'share', 'What is sent at each threshold')}
${curveSeries(curve, (figures) => figures.precision, COLOURS[0])}
${curveSeries(curve, (figures) => figures.perfectRecall, COLOURS[1])}
${curveSeries(curve, (figures) => figures.quietShare, COLOURS[2])}
<line x1="${x(1, chosen)}" y1="${y(0)}" x2="${x(1, chosen)}" y2="${y(1)}" stroke="#444" stroke-dasharray="4 3"/>
<text x="${x(1, chosen) + 4}" y="${y(0.04)}" font-size="11">default ${chosen}</text>
${legend(1, { x: 0.1, y: 0.3 }, [
  { label: 'sent pairs that are good (precision)', colour: COLOURS[0] },
  { label: 'perfect pairs sent', colour: COLOURS[1] },
  { label: 'needs with no good offer left quiet', colour: COLOURS[2] },
])}
</svg>
`;
writeFileSync(output, svg);
console.log(`wrote ${output}`);
