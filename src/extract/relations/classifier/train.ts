// Training of the relation classifier: multinomial logistic regression by AdaGrad (seeded, fixed epochs).

import { createRandom } from '../../../util/random.js';
import { scorePair, softmax } from './model.js';

/** One ordered pair to learn from: its features, gold class index and the classes it may take. */
export interface TrainingPair {
  features: string[];
  label: number;
  valid: boolean[];
  /** How much this pair counts in the loss (default 1). */
  weight?: number;
}

export interface RelationTrainOptions {
  epochs?: number;
  seed?: number;
  /** AdaGrad step size. */
  learningRate?: number;
  /** L2 penalty, applied to the weights a pair touches. */
  l2?: number;
  /** Features seen in fewer pairs than this are dropped. */
  minCount?: number;
}

export const DEFAULT_RELATION_TRAIN_OPTIONS: Required<RelationTrainOptions> = {
  epochs: 50,
  seed: 20240601,
  learningRate: 0.005,
  l2: 1e-4,
  minCount: 2,
};

/** Trained weights before quantisation. */
export interface TrainedRelationWeights {
  classes: readonly string[];
  featureNames: string[];
  /** featureNames.length × classes.length, row-major. */
  weights: Float64Array;
}

/**
 * Fit the weights on `pairs`. Deterministic: feature rows are numbered in sorted name order and the
 * visiting order is a seeded shuffle per epoch.
 */
export function trainRelationClassifier(
  pairs: readonly TrainingPair[],
  classes: readonly string[],
  options: RelationTrainOptions = {},
): TrainedRelationWeights {
  const { epochs, seed, learningRate, l2, minCount } = { ...DEFAULT_RELATION_TRAIN_OPTIONS, ...options };
  const C = classes.length;
  const counts = new Map<string, number>();
  for (const p of pairs) for (const f of new Set(p.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const featureNames = [...counts.entries()]
    .filter(([, n]) => n >= minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(featureNames.map((f, i) => [f, i]));
  const encoded = pairs.map((p) => ({
    ids: Int32Array.from(new Set(p.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0))),
    label: p.label,
    valid: p.valid,
    weight: p.weight ?? 1,
  }));
  const weights = new Float64Array(featureNames.length * C);
  const sumSq = new Float64Array(featureNames.length * C).fill(1e-6);
  const order = encoded.map((_, i) => i);
  const random = createRandom(seed);
  const scores = new Float64Array(C);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const k of order) {
      const ex = encoded[k];
      if (ex === undefined) continue;
      scores.fill(0);
      for (const id of ex.ids) {
        const off = id * C;
        for (let c = 0; c < C; c++) scores[c] = (scores[c] ?? 0) + (weights[off + c] ?? 0);
      }
      softmax(scores, ex.valid);
      for (const id of ex.ids) {
        const off = id * C;
        for (let c = 0; c < C; c++) {
          if (!ex.valid[c]) continue;
          const w = weights[off + c] ?? 0;
          const g = ex.weight * ((scores[c] ?? 0) - (c === ex.label ? 1 : 0)) + l2 * w;
          const s = (sumSq[off + c] ?? 0) + g * g;
          sumSq[off + c] = s;
          weights[off + c] = w - (learningRate * g) / Math.sqrt(s);
        }
      }
    }
  }
  return { classes, featureNames, weights };
}

/** Probabilities of `pairs` under trained weights (for cross-validation and calibration). */
export function predictPairs(
  trained: TrainedRelationWeights,
  pairs: readonly TrainingPair[],
  temperature = 1,
): Float64Array[] {
  const model = {
    classes: trained.classes,
    featureIndex: new Map(trained.featureNames.map((f, i) => [f, i])),
    weights: Float32Array.from(trained.weights),
  };
  return pairs.map((p) => scorePair(model, p.features, p.valid, temperature));
}
