// Strict span+type scoring of predicted entity spans against gold (per class and micro).
import { NER_CLASSES, type NerClass } from './tags.js';

export interface ClassScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

type Typed = { start: number; end: number; cls: NerClass };

function finish(tp: number, fp: number, fn: number): ClassScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Score predictions sentence by sentence: a prediction is right when start, end and class all match.
 * @returns Scores per class plus `micro` over PER/ORG/LOC.
 */
export function scoreSpans(
  pairs: ReadonlyArray<{ gold: readonly Typed[]; pred: readonly Typed[] }>,
): Record<NerClass | 'micro', ClassScore> {
  const tally = new Map<NerClass, { tp: number; fp: number; fn: number }>(
    NER_CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]),
  );
  for (const { gold, pred } of pairs) {
    const key = (s: Typed): string => `${s.start}:${s.end}:${s.cls}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const p of pred) {
      const t = tally.get(p.cls);
      if (t === undefined) continue;
      if (goldKeys.has(key(p))) t.tp++;
      else t.fp++;
    }
    for (const g of gold) {
      const t = tally.get(g.cls);
      if (t !== undefined && !predKeys.has(key(g))) t.fn++;
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const out = {} as Record<NerClass | 'micro', ClassScore>;
  for (const [cls, t] of tally) {
    out[cls] = finish(t.tp, t.fp, t.fn);
    tp += t.tp;
    fp += t.fp;
    fn += t.fn;
  }
  out.micro = finish(tp, fp, fn);
  return out;
}
