import type { ComponentName, ScoredComponent } from './scoring/score';
import type { Explanation, Reason } from './scoring/reasons';

/**
 * A component as a match row stores it (`match.components`, a json column): name, score,
 * weight, reason and, for the parts the calibration reads, detail; numbers to 4 decimals.
 * An item stores up to a hundred matches and a re-score rewrites them all, so the row is
 * kept small: about 370 bytes for the seven components, where objects with the
 * explanations in both languages took 1.4 KB.
 */
export type StoredComponent = [ComponentName, number, number, Reason] | [ComponentName, number, number, Reason, Record<string, number>];

/** How rows scored before the compact form hold a component (read, never written). */
interface ExplainedComponent {
  name: ComponentName;
  score: number;
  weight: number;
  explanation: Explanation;
  detail?: Record<string, number>;
}

export type StoredComponents = (StoredComponent | ExplainedComponent)[];

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function storedComponents(components: readonly ScoredComponent[]): StoredComponent[] {
  return components.map(({ name, score, weight, reason, detail }): StoredComponent =>
    detail
      ? [name, round(score), round(weight), reason, Object.fromEntries(Object.entries(detail).map(([part, value]) => [part, round(value)]))]
      : [name, round(score), round(weight), reason],
  );
}

/** The components of a stored match, in either form. */
export function readComponents(stored: StoredComponents): ScoredComponent[] {
  return stored.map((component): ScoredComponent => {
    if (!Array.isArray(component)) {
      const { name, score, weight, explanation, detail } = component;
      const reason: Reason = ['said', explanation.sl, explanation.en];
      return detail ? { name, score, weight, reason, detail } : { name, score, weight, reason };
    }
    const [name, score, weight, reason, detail] = component;
    return detail ? { name, score, weight, reason, detail } : { name, score, weight, reason };
  });
}
