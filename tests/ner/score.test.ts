// The strict span+type scorer used by scripts/score-ner.ts.
import { describe, expect, it } from 'vitest';
import { scoreSpans } from '../../src/extract/ner/score.js';

const gold = [
  { start: 0, end: 5, cls: 'PER' as const },
  { start: 10, end: 20, cls: 'ORG' as const },
];

describe('scoreSpans', () => {
  it('scores a perfect prediction 1.0', () => {
    expect(scoreSpans([{ gold, pred: gold }]).micro.f1).toBe(1);
  });
  it('scores an empty prediction 0.0', () => {
    const s = scoreSpans([{ gold, pred: [] }]);
    expect(s.micro.f1).toBe(0);
    expect(s.micro.fn).toBe(2);
  });
  it('counts a wrong type or a boundary off by one as both a FP and a FN', () => {
    const s = scoreSpans([
      {
        gold,
        pred: [
          { start: 0, end: 5, cls: 'ORG' },
          { start: 10, end: 19, cls: 'ORG' },
        ],
      },
    ]);
    expect(s.micro).toMatchObject({ tp: 0, fp: 2, fn: 2 });
    expect(s.PER.fn).toBe(1);
    expect(s.ORG.fp).toBe(2);
  });
});
