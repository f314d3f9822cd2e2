// Averaged structured perceptron training for the NER tagger (deterministic: seeded shuffle, fixed epochs).

import { createRandom } from '../../util/random.js';
import type { CaseProfile } from './case-profile.js';
import { maskTransitions, viterbi } from './decoder.js';
import { extractFeatures } from './features.js';
import { NER_TAGS, spansToTags, type TokenSpan } from './tags.js';
import type { NerToken } from './tokenize.js';

/** One training sentence: its text, tokens over it and gold entity spans over the tokens. */
export interface TrainingSentence {
  text: string;
  tokens: NerToken[];
  spans: TokenSpan[];
}

export interface TrainOptions {
  /** Case buckets of words (features input); empty when absent. */
  caseProfile?: CaseProfile;
  epochs?: number;
  seed?: number;
  /** Features seen fewer times than this in training are dropped. */
  minCount?: number;
  /** Called after each epoch with the number of token errors in it. */
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
}

export const DEFAULT_TRAIN_OPTIONS = { epochs: 15, seed: 20240601, minCount: 2 } as const;

/** The averaged weights, before pruning and quantisation. */
export interface TrainedWeights {
  tags: readonly string[];
  featureNames: string[];
  /** featureNames.length × tags.length, row-major. */
  weights: Float64Array;
  /** (T+1)², boundary at index 0. */
  transitions: Float64Array;
}

interface Encoded {
  /** Feature ids of all tokens, concatenated. */
  ids: Int32Array;
  /** offsets[i]..offsets[i+1] are token i's ids. */
  offsets: Int32Array;
  gold: number[];
}

/**
 * Train an averaged structured perceptron over BILOU tags with Viterbi decoding.
 * @param sentences Training sentences (order matters only through the seeded shuffle).
 * @returns Averaged weights; the same input and options always give the same output.
 */
export function trainPerceptron(
  sentences: readonly TrainingSentence[],
  options: TrainOptions = {},
): TrainedWeights {
  const epochs = options.epochs ?? DEFAULT_TRAIN_OPTIONS.epochs;
  const seed = options.seed ?? DEFAULT_TRAIN_OPTIONS.seed;
  const minCount = options.minCount ?? DEFAULT_TRAIN_OPTIONS.minCount;
  const caseProfile = options.caseProfile ?? new Map<string, string>();
  const T = NER_TAGS.length;
  const size = T + 1;

  // Pass 1: features → provisional ids and counts.
  const provisional = new Map<string, number>();
  const counts: number[] = [];
  const raw: Array<{ ids: number[]; offsets: number[]; gold: number[] }> = [];
  for (const s of sentences) {
    const feats = extractFeatures(s.text, s.tokens, caseProfile);
    const ids: number[] = [];
    const offsets: number[] = [0];
    for (const list of feats) {
      for (const f of list) {
        let id = provisional.get(f);
        if (id === undefined) {
          id = counts.length;
          provisional.set(f, id);
          counts.push(0);
        }
        counts[id] = (counts[id] ?? 0) + 1;
        ids.push(id);
      }
      offsets.push(ids.length);
    }
    raw.push({ ids, offsets, gold: spansToTags(s.tokens.length, s.spans) });
  }
  // Pass 2: keep frequent features, renumber densely in discovery order.
  const remap = new Int32Array(counts.length).fill(-1);
  const featureNames: string[] = [];
  for (const [name, id] of provisional) {
    if ((counts[id] ?? 0) >= minCount) {
      remap[id] = featureNames.length;
      featureNames.push(name);
    }
  }
  provisional.clear();
  const data: Encoded[] = raw.map((r) => {
    const ids: number[] = [];
    const offsets: number[] = [0];
    for (let i = 0; i + 1 < r.offsets.length; i++) {
      for (let k = r.offsets[i] ?? 0; k < (r.offsets[i + 1] ?? 0); k++) {
        const id = remap[r.ids[k] ?? 0] ?? -1;
        if (id >= 0) ids.push(id);
      }
      offsets.push(ids.length);
    }
    return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold: r.gold };
  });
  raw.length = 0;

  const F = featureNames.length;
  const w = new Float64Array(F * T);
  const u = new Float64Array(F * T);
  const tw = new Float64Array(size * size);
  const tu = new Float64Array(size * size);
  const mask = maskTransitions(new Float64Array(size * size), T);
  const trans = new Float64Array(size * size);
  const random = createRandom(seed);
  const order = data.map((_, i) => i);
  let c = 1;

  const updateFeatures = (d: Encoded, i: number, tag: number, delta: number): void => {
    for (let k = d.offsets[i] ?? 0; k < (d.offsets[i + 1] ?? 0); k++) {
      const j = (d.ids[k] ?? 0) * T + tag;
      w[j] = (w[j] ?? 0) + delta;
      u[j] = (u[j] ?? 0) + c * delta;
    }
  };
  const updateTransition = (a: number, b: number, delta: number): void => {
    const j = (a + 1) * size + (b + 1);
    tw[j] = (tw[j] ?? 0) + delta;
    tu[j] = (tu[j] ?? 0) + c * delta;
  };

  for (let epoch = 1; epoch <= epochs; epoch++) {
    // Fisher–Yates with the seeded PRNG.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = tmp;
    }
    let errors = 0;
    let tokens = 0;
    for (const idx of order) {
      const d = data[idx];
      if (d === undefined) continue;
      const n = d.gold.length;
      tokens += n;
      if (n === 0) continue;
      const em = new Float64Array(n * T);
      for (let i = 0; i < n; i++) {
        for (let k = d.offsets[i] ?? 0; k < (d.offsets[i + 1] ?? 0); k++) {
          const off = (d.ids[k] ?? 0) * T;
          for (let t = 0; t < T; t++) em[i * T + t] = (em[i * T + t] ?? 0) + (w[off + t] ?? 0);
        }
      }
      for (let j = 0; j < trans.length; j++) trans[j] = (tw[j] ?? 0) + (mask[j] ?? 0);
      const pred = viterbi(em, n, T, trans);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = d.gold[i] ?? 0;
        const p = pred[i] ?? 0;
        if (g !== p) {
          wrong = true;
          errors++;
          updateFeatures(d, i, g, 1);
          updateFeatures(d, i, p, -1);
        }
      }
      if (wrong) {
        for (let i = 0; i <= n; i++) {
          const ga = i === 0 ? -1 : (d.gold[i - 1] ?? 0);
          const gb = i === n ? -1 : (d.gold[i] ?? 0);
          const pa = i === 0 ? -1 : (pred[i - 1] ?? 0);
          const pb = i === n ? -1 : (pred[i] ?? 0);
          if (ga !== pa || gb !== pb) {
            updateTransition(ga, gb, 1);
            updateTransition(pa, pb, -1);
          }
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, errors, tokens);
  }
  // Averaging (Daumé's trick): avg = w - u / c.
  for (let j = 0; j < w.length; j++) w[j] = (w[j] ?? 0) - (u[j] ?? 0) / c;
  for (let j = 0; j < tw.length; j++) tw[j] = (tw[j] ?? 0) - (tu[j] ?? 0) / c;
  return { tags: NER_TAGS, featureNames, weights: w, transitions: tw };
}
