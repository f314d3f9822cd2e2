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
  // Why: a masked (-Infinity) transition can never beat `best`, so it is skipped; same path, same ties.
  const into = sparseColumns(
    T,
    (p, t) => (trans[(p + 1) * size + t + 1] as number) !== Number.NEGATIVE_INFINITY,
  );
  for (let t = 0; t < T; t++) score[t] = (trans[t + 1] as number) + (em[t] as number);
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const row = i * T;
    for (let t = 0; t < T; t++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      const from = into.start[t] as number;
      const to = into.start[t + 1] as number;
      for (let j = from; j < to; j++) {
        const p = into.index[j] as number;
        const s = (score[prev + p] as number) + (trans[(p + 1) * size + t + 1] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + t] = best + (em[row + t] as number);
      back[row + t] = arg;
    }
  }
  let best = Number.NEGATIVE_INFINITY;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    const s = (score[last + t] as number) + (trans[(t + 1) * size] as number);
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

/**
 * Posterior tag marginals (n×T) treating `scores / temperature` as log-potentials of a linear-chain model.
 * Scaled forward-backward in probability space (one exp per token and tag). Used only to attach a
 * confidence to decoded spans.
 * @param from First token whose marginals are wanted (default 0).
 * @param to End of the wanted tokens, exclusive (default n). Rows outside [from, to) are left 0.
 */
export function marginals(
  em: Float64Array,
  n: number,
  tagCount: number,
  trans: Float64Array,
  temperature: number,
  from = 0,
  to = n,
): Float64Array {
  const T = tagCount;
  const size = T + 1;
  const k = 1 / temperature;
  const et = new Float64Array(size * size);
  for (let j = 0; j < et.length; j++) et[j] = Math.exp(k * (trans[j] as number));
  // Emission potentials, shifted per token by its max for numerical range.
  const pe = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    const row = i * T;
    let max = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < T; t++) max = Math.max(max, em[row + t] as number);
    for (let t = 0; t < T; t++) pe[row + t] = Math.exp(k * ((em[row + t] as number) - max));
  }
  const out = new Float64Array(n * T);
  if (n === 0 || from >= to) return out;
  // Why: terms with a zero transition potential add exactly +0 (all factors are finite), so they are
  // skipped; the sums are unchanged bit for bit.
  const into = sparseColumns(T, (p, t) => (et[(p + 1) * size + t + 1] as number) !== 0);
  const outOf = sparseColumns(T, (q, t) => (et[(t + 1) * size + q + 1] as number) !== 0);
  // Why: the scaled recursions only look backwards (alpha) or forwards (beta), so alpha is needed up to
  // `to` and beta down to `from`; the values computed are exactly those of the full passes.
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  let norm = 0;
  for (let t = 0; t < T; t++) {
    const v = (et[t + 1] as number) * (pe[t] as number);
    alpha[t] = v;
    norm += v;
  }
  let d = norm || 1;
  for (let t = 0; t < T; t++) alpha[t] = (alpha[t] as number) / d;
  for (let i = 1; i < to; i++) {
    norm = 0;
    const prev = (i - 1) * T;
    const row = i * T;
    for (let t = 0; t < T; t++) {
      let sum = 0;
      for (let j = into.start[t] as number, e = into.start[t + 1] as number; j < e; j++) {
        const p = into.index[j] as number;
        sum += (alpha[prev + p] as number) * (et[(p + 1) * size + t + 1] as number);
      }
      const v = sum * (pe[row + t] as number);
      alpha[row + t] = v;
      norm += v;
    }
    d = norm || 1;
    for (let t = 0; t < T; t++) alpha[row + t] = (alpha[row + t] as number) / d;
  }
  norm = 0;
  const lastRow = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    const v = et[(t + 1) * size] as number;
    beta[lastRow + t] = v;
    norm += v;
  }
  d = norm || 1;
  for (let t = 0; t < T; t++) beta[lastRow + t] = (beta[lastRow + t] as number) / d;
  for (let i = n - 2; i >= from; i--) {
    norm = 0;
    const row = i * T;
    const next = (i + 1) * T;
    for (let t = 0; t < T; t++) {
      let sum = 0;
      const er = (t + 1) * size + 1;
      for (let j = outOf.start[t] as number, e = outOf.start[t + 1] as number; j < e; j++) {
        const q = outOf.index[j] as number;
        sum += (et[er + q] as number) * (pe[next + q] as number) * (beta[next + q] as number);
      }
      beta[row + t] = sum;
      norm += sum;
    }
    d = norm || 1;
    for (let t = 0; t < T; t++) beta[row + t] = (beta[row + t] as number) / d;
  }
  for (let i = from; i < to; i++) {
    const row = i * T;
    let z = 0;
    for (let t = 0; t < T; t++) z += (alpha[row + t] as number) * (beta[row + t] as number);
    const zd = z || 1;
    for (let t = 0; t < T; t++) out[row + t] = ((alpha[row + t] as number) * (beta[row + t] as number)) / zd;
  }
  return out;
}

/** For each tag t (0..T-1), the tags k with `keep(k, t)`, ascending, as offsets `start` into `index`. */
function sparseColumns(
  T: number,
  keep: (k: number, t: number) => boolean,
): { start: Int32Array; index: Int32Array } {
  const start = new Int32Array(T + 1);
  const index = new Int32Array(T * T);
  let m = 0;
  for (let t = 0; t < T; t++) {
    start[t] = m;
    for (let k = 0; k < T; k++) if (keep(k, t)) index[m++] = k;
  }
  start[T] = m;
  return { start, index };
}
