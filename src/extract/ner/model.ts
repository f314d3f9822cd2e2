// The NER model in memory: feature index, weight rows and transitions; emission scores for a sentence.
import type { CaseProfile } from './case-profile.js';
import { maskTransitions } from './decoder.js';

/** A trained averaged-perceptron tagger, ready to decode. */
export interface NerModel {
  /** Tag names, model order. */
  tags: readonly string[];
  /** Feature name → row number. */
  featureIndex: Map<string, number>;
  /** Rows of `tags.length` weights, row-major. */
  weights: Float32Array;
  /** (T+1)×(T+1) transition scores with boundary at index 0, BILOU-masked. */
  transitions: Float64Array;
  /** Softness of the span confidence (see decoder `marginals`). */
  temperature: number;
  /** Case buckets of words, an input to the features. */
  caseProfile: CaseProfile;
}

/** Create a model from raw parts (masks the transitions). */
export function createModel(
  tags: readonly string[],
  featureIndex: Map<string, number>,
  weights: Float32Array,
  transitions: Float64Array,
  temperature: number,
  caseProfile: CaseProfile,
): NerModel {
  return {
    tags,
    featureIndex,
    weights,
    transitions: maskTransitions(transitions, tags.length),
    temperature,
    caseProfile,
  };
}

/** Emission scores (n×T) for the feature lists of n tokens; unknown features are ignored. */
export function emissionScores(model: NerModel, features: readonly (readonly string[])[]): Float64Array {
  const T = model.tags.length;
  const em = new Float64Array(features.length * T);
  const w = model.weights;
  for (let i = 0; i < features.length; i++) {
    const base = i * T;
    for (const f of features[i] ?? []) {
      const row = model.featureIndex.get(f);
      if (row === undefined) continue;
      const off = row * T;
      for (let t = 0; t < T; t++) em[base + t] = (em[base + t] ?? 0) + (w[off + t] ?? 0);
    }
  }
  return em;
}
