// BILOU tags, constrained Viterbi and marginals.
import { describe, expect, it } from 'vitest';
import { marginals, maskTransitions, viterbi } from '../../src/extract/ner/decoder.js';
import {
  allowedTransition,
  NER_TAGS,
  spansToTags,
  tagIndex,
  tagsToSpans,
} from '../../src/extract/ner/tags.js';

const T = NER_TAGS.length;

describe('BILOU tags', () => {
  it('round-trips spans', () => {
    const spans = [
      { start: 0, end: 2, cls: 'PER' as const },
      { start: 3, end: 4, cls: 'LOC' as const },
      { start: 5, end: 8, cls: 'ORG' as const },
    ];
    expect(tagsToSpans(spansToTags(9, spans))).toEqual(spans);
  });

  it('forbids I after O and a class change inside a span', () => {
    expect(allowedTransition(tagIndex('O'), tagIndex('I-PER'))).toBe(false);
    expect(allowedTransition(tagIndex('B-PER'), tagIndex('L-ORG'))).toBe(false);
    expect(allowedTransition(tagIndex('B-PER'), tagIndex('L-PER'))).toBe(true);
    expect(allowedTransition(-1, tagIndex('L-LOC'))).toBe(false);
    expect(allowedTransition(tagIndex('B-LOC'), -1)).toBe(false);
  });
});

describe('viterbi', () => {
  it('never returns an invalid sequence even when emissions prefer one', () => {
    const n = 3;
    const em = new Float64Array(n * T);
    // Emissions alone would say I-PER, O, L-ORG.
    em[tagIndex('I-PER')] = 5;
    em[T + tagIndex('O')] = 5;
    em[2 * T + tagIndex('L-ORG')] = 5;
    const trans = maskTransitions(new Float64Array((T + 1) * (T + 1)), T);
    const path = viterbi(em, n, T, trans);
    for (let i = 0; i <= n; i++) {
      expect(allowedTransition(i === 0 ? -1 : (path[i - 1] ?? 0), i === n ? -1 : (path[i] ?? 0))).toBe(true);
    }
  });

  it('marginals are distributions', () => {
    const n = 4;
    const em = Float64Array.from({ length: n * T }, (_, i) => Math.sin(i) * 3);
    const trans = maskTransitions(new Float64Array((T + 1) * (T + 1)), T);
    const m = marginals(em, n, T, trans, 2);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let t = 0; t < T; t++) sum += m[i * T + t] ?? 0;
      expect(sum).toBeCloseTo(1, 9);
    }
    // Position 0 can never be I-x or L-x.
    expect(m[tagIndex('I-PER')]).toBe(0);
  });
});
