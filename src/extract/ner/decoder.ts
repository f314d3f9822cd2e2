// Sequence decoding over BILOU tags: Viterbi for the best path, forward-backward for span confidence.
import { allowedTransition } from './tags.js';

/**
 * Transition scores as a (T+1)×(T+1) matrix: row/column 0 is the sequence boundary, tag k is k+1.
 * Disallowed BILOU transitions are -Infinity.
 */
export function maskTransitions(trans: Float64Array, tagCount: number): Float64Array {
  const out = new Float64Array(trans);
  const size = tagCount + 1;
  for (let a = -1; a < tagCount; a++) {
    for (let b = -1; b < tagCount; b++) {
      if (!allowedTransition(a, b)) out[(a + 1) * size + (b + 1)] = Number.NEGATIVE_INFINITY;
    }
  }
  return out;
}

/**
 * Best tag path for emission scores `em` (n×T, row-major) and masked transitions.
 * Ties break towards the lower tag index, so decoding is deterministic.
 */
export function viterbi(em: Float64Array, n: number, tagCount: number, trans: Float64Array): number[] {
  if (n === 0) return [];
  const T = tagCount;
  const size = T + 1;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = (trans[t + 1] ?? 0) + (em[t] ?? 0);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const s = (score[(i - 1) * T + p] ?? 0) + (trans[(p + 1) * size + t + 1] ?? 0);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + (em[i * T + t] ?? 0);
      back[i * T + t] = arg;
    }
  }
  let best = Number.NEGATIVE_INFINITY;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    const s = (score[(n - 1) * T + t] ?? 0) + (trans[(t + 1) * size] ?? 0);
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  const path = new Array<number>(n);
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    arg = back[i * T + arg] ?? 0;
    path[i - 1] = arg;
  }
  return path;
}

function logSumExp(values: Float64Array): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max) max = v;
  if (max === Number.NEGATIVE_INFINITY) return max;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}

/**
 * Posterior tag marginals (n×T) treating `scores / temperature` as log-potentials of a linear-chain model.
 * Used only to attach a confidence to decoded spans.
 */
export function marginals(
  em: Float64Array,
  n: number,
  tagCount: number,
  trans: Float64Array,
  temperature: number,
): Float64Array {
  const T = tagCount;
  const size = T + 1;
  const k = 1 / temperature;
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  const tmp = new Float64Array(T);
  for (let t = 0; t < T; t++) alpha[t] = k * ((trans[t + 1] ?? 0) + (em[t] ?? 0));
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      for (let p = 0; p < T; p++)
        tmp[p] = (alpha[(i - 1) * T + p] ?? 0) + k * (trans[(p + 1) * size + t + 1] ?? 0);
      alpha[i * T + t] = logSumExp(tmp) + k * (em[i * T + t] ?? 0);
    }
  }
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = k * (trans[(t + 1) * size] ?? 0);
  for (let i = n - 2; i >= 0; i--) {
    for (let t = 0; t < T; t++) {
      for (let q = 0; q < T; q++) {
        tmp[q] =
          k * ((trans[(t + 1) * size + q + 1] ?? 0) + (em[(i + 1) * T + q] ?? 0)) +
          (beta[(i + 1) * T + q] ?? 0);
      }
      beta[i * T + t] = logSumExp(tmp);
    }
  }
  for (let t = 0; t < T; t++) tmp[t] = (alpha[(n - 1) * T + t] ?? 0) + (beta[(n - 1) * T + t] ?? 0);
  const z = logSumExp(tmp);
  const out = new Float64Array(n * T);
  for (let i = 0; i < n * T; i++) out[i] = Math.exp((alpha[i] ?? 0) + (beta[i] ?? 0) - z);
  return out;
}
