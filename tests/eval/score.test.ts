// The scorer: exact and overlap matching, counts and P/R/F1.
import { describe, expect, it } from 'vitest';
import { dedupeItems, itemsMatch, prf, scoreItems, spansOverlap } from '../../src/eval/score.js';
import type { ScoreItem } from '../../src/eval/types.js';

const rel = (label: string, h: [number, number], t: [number, number], confidence = 1): ScoreItem => ({
  label,
  spans: [
    { start: h[0], end: h[1] },
    { start: t[0], end: t[1] },
  ],
  confidence,
});
const ent = (label: string, start: number, end: number): ScoreItem => ({ label, spans: [{ start, end }] });

describe('scoreItems', () => {
  const gold = [rel('Work_For', [0, 5], [10, 14]), rel('Live_In', [0, 5], [20, 26])];

  it('scores a perfect prediction 1.0', () => {
    const c = scoreItems(gold, gold, 'exact').counts;
    expect(prf(c.get('Work_For')!)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf(c.get('Live_In')!)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores an empty prediction 0.0 with every gold item a false negative', () => {
    const c = scoreItems(gold, [], 'exact').counts;
    expect(c.get('Work_For')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(prf(c.get('Work_For')!).f1).toBe(0);
  });

  it('scores swapped arguments 0 for a directed type, in both modes', () => {
    const swapped = [rel('Work_For', [10, 14], [0, 5])];
    for (const mode of ['exact', 'overlap'] as const) {
      const c = scoreItems([gold[0]!], swapped, mode).counts.get('Work_For')!;
      expect(c).toEqual({ tp: 0, fp: 1, fn: 1 });
    }
  });

  it('does not match another label on the same spans', () => {
    const c = scoreItems([gold[0]!], [rel('Live_In', [0, 5], [10, 14])], 'exact').counts;
    expect(c.get('Work_For')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(c.get('Live_In')).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('counts a boundary error as FP+FN when exact, TP when overlapping', () => {
    const pred = [ent('Organization', 0, 9)];
    const gold2 = [ent('Organization', 0, 14)];
    expect(scoreItems(gold2, pred, 'exact').counts.get('Organization')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scoreItems(gold2, pred, 'overlap').counts.get('Organization')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts duplicate predictions once', () => {
    const c = scoreItems([gold[0]!], [gold[0]!, { ...gold[0]!, confidence: 0.4 }], 'exact').counts;
    expect(c.get('Work_For')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('follows the KnowledgeNet evaluator in overlap mode: one prediction may satisfy two gold facts', () => {
    const g = [rel('CEO', [0, 4], [10, 20]), rel('CEO', [0, 4], [12, 16])];
    const c = scoreItems(g, [rel('CEO', [0, 4], [11, 18])], 'overlap').counts.get('CEO');
    expect(c).toEqual({ tp: 2, fp: 0, fn: 0 });
  });
});

describe('span helpers', () => {
  it('treats touching spans as not overlapping and empty spans as never overlapping', () => {
    expect(spansOverlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(spansOverlap({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(spansOverlap({ start: 3, end: 3 }, { start: 0, end: 9 })).toBe(false);
  });

  it('requires the same number of arguments', () => {
    expect(itemsMatch(ent('X', 0, 5), rel('X', [0, 5], [6, 7]), 'overlap')).toBe(false);
  });

  it('keeps the most confident of duplicates', () => {
    const items = dedupeItems([rel('A', [0, 1], [2, 3], 0.3), rel('A', [0, 1], [2, 3], 0.9)]);
    expect(items).toHaveLength(1);
    expect(items[0]?.confidence).toBe(0.9);
  });

  it('returns 0, not NaN, when nothing was predicted or expected', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
