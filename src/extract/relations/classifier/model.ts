// The relation classifier in memory: a multinomial logistic regression over pair features.
import { NONE } from './classes.js';

/** A trained classifier, ready to score pairs. */
export interface RelationModel {
  /** Class names, `NONE` first. */
  classes: readonly string[];
  /** Feature name → row number. */
  featureIndex: Map<string, number>;
  /** Rows of `classes.length` weights, row-major. */
  weights: Float32Array;
  /** Calibration: scores are divided by this before the softmax (fitted on held-out folds). */
  temperature: number;
  /** Precision-first default: relations below this probability are not emitted. */
  threshold: number;
  /**
   * Per class (model order): the probability a relation of that class needs, at least `threshold`;
   * above 1 for a class that is never emitted (too imprecise on held-out folds).
   */
  classThresholds: readonly number[];
}

/**
 * Class probabilities of one pair: softmax over the valid classes of `features`' summed weights,
 * divided by `temperature`; invalid classes get 0. Unknown features are ignored.
 */
export function scorePair(
  model: Pick<RelationModel, 'classes' | 'featureIndex' | 'weights'>,
  features: readonly string[],
  valid: readonly boolean[],
  temperature = 1,
): Float64Array {
  const C = model.classes.length;
  const scores = new Float64Array(C);
  for (const f of features) {
    const row = model.featureIndex.get(f);
    if (row === undefined) continue;
    const off = row * C;
    for (let c = 0; c < C; c++) scores[c] = (scores[c] ?? 0) + (model.weights[off + c] ?? 0);
  }
  return softmax(scores, valid, temperature);
}

/** Softmax over the valid entries of `scores` (in place), after dividing by `temperature`. */
export function softmax(scores: Float64Array, valid: readonly boolean[], temperature = 1): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < scores.length; c++) if (valid[c] && (scores[c] ?? 0) > max) max = scores[c] ?? 0;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    const p = valid[c] ? Math.exp(((scores[c] ?? 0) - max) / temperature) : 0;
    scores[c] = p;
    sum += p;
  }
  for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] ?? 0) / sum;
  return scores;
}

/**
 * The most probable class other than NONE: its index and probability (-1 when none is valid). With
 * `minimum` (per class), only classes at or above their minimum count.
 */
export function bestRelation(
  classes: readonly string[],
  probs: Float64Array,
  minimum?: readonly number[],
): { index: number; p: number } {
  let index = -1;
  let p = 0;
  for (let c = 0; c < classes.length; c++) {
    if (classes[c] === NONE) continue;
    if (minimum && (probs[c] ?? 0) < (minimum[c] ?? 0)) continue;
    if ((probs[c] ?? 0) > p) {
      p = probs[c] ?? 0;
      index = c;
    }
  }
  return { index, p };
}
