// The scorer: match predicted items against gold items (exact or overlapping spans) and count TP/FP/FN.
import type { Span } from '../types.js';
import type { Counts, MatchMode, Prf, ScoreItem } from './types.js';

/** True when two spans are identical. */
export function spansEqual(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** True when two non-empty spans share at least one character (KnowledgeNet's `overlap`). */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;
}

/** True when `a` and `b` have the same label and every argument span matches under `mode`. */
export function itemsMatch(a: ScoreItem, b: ScoreItem, mode: MatchMode): boolean {
  if (a.label !== b.label || a.spans.length !== b.spans.length) return false;
  const same = mode === 'exact' ? spansEqual : spansOverlap;
  return a.spans.every((span, i) => {
    const other = b.spans[i];
    return other !== undefined && same(span, other);
  });
}

/** Identity of an item for exact matching: label and spans. */
export function itemKey(item: ScoreItem): string {
  return `${item.label}|${item.spans.map((s) => `${s.start}-${s.end}`).join('|')}`;
}

/** Keep one item per key (the most confident), in first-seen order. */
export function dedupeItems(items: readonly ScoreItem[]): ScoreItem[] {
  const byKey = new Map<string, ScoreItem>();
  for (const item of items) {
    const key = itemKey(item);
    const seen = byKey.get(key);
    if (seen === undefined || (item.confidence ?? 1) > (seen.confidence ?? 1)) byKey.set(key, item);
  }
  return [...byKey.values()];
}

/** Outcome of scoring one example: per-label counts and which items matched. */
export interface ItemsScore {
  counts: Map<string, Counts>;
  /** Deduplicated predictions with `matched` = true positive. */
  predicted: Array<{ item: ScoreItem; matched: boolean }>;
  /** Deduplicated gold items with `matched` = found. */
  gold: Array<{ item: ScoreItem; matched: boolean }>;
}

function bump(counts: Map<string, Counts>, label: string, field: keyof Counts): void {
  const c = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
  c[field]++;
  counts.set(label, c);
}

/**
 * Score predictions against gold items of one example.
 * `exact`: set semantics over (label, spans) — duplicates count once (SpERT's strict measure).
 * `overlap`: KnowledgeNet's official evaluator — a gold item is a TP when any prediction overlaps it,
 * otherwise a FN; a prediction that overlaps no gold item is a FP.
 * @param gold gold items
 * @param predicted predicted items
 * @param mode how spans are compared
 */
export function scoreItems(
  gold: readonly ScoreItem[],
  predicted: readonly ScoreItem[],
  mode: MatchMode,
): ItemsScore {
  const goldItems = dedupeItems(gold);
  const predItems = dedupeItems(predicted);
  const counts = new Map<string, Counts>();
  const goldOut = goldItems.map((g) => {
    const matched = predItems.some((p) => itemsMatch(g, p, mode));
    bump(counts, g.label, matched ? 'tp' : 'fn');
    return { item: g, matched };
  });
  const predOut = predItems.map((p) => {
    const matched = goldItems.some((g) => itemsMatch(g, p, mode));
    if (!matched) bump(counts, p.label, 'fp');
    return { item: p, matched };
  });
  return { counts, predicted: predOut, gold: goldOut };
}

/** Add `from` into `into`, label by label. */
export function addCounts(into: Map<string, Counts>, from: ReadonlyMap<string, Counts>): void {
  for (const [label, c] of from) {
    const t = into.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
    into.set(label, t);
  }
}

/** Precision, recall and F1 of `counts` (each 0 when its denominator is 0). */
export function prf(counts: Counts): Prf {
  const { tp, fp, fn } = counts;
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Sum of the counts of `labels` (micro average). */
export function sumCounts(counts: ReadonlyMap<string, Counts>, labels: Iterable<string>): Counts {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const label of labels) {
    const c = counts.get(label);
    if (!c) continue;
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return total;
}

function tuplesMatch(spans: readonly Span[], other: readonly Span[], mode: MatchMode): boolean {
  const same = mode === 'exact' ? spansEqual : spansOverlap;
  return spans.length === other.length && spans.every((s, i) => other[i] !== undefined && same(s, other[i]));
}

/**
 * Settle gold items that accept alternative arguments (corpgraph's own set) against the predictions of
 * one example: each such gold item takes the spans of a prediction that matches one of its alternatives
 * exactly (else one that overlaps an alternative: that alternative), and further predictions matching
 * another of its alternatives exactly are dropped as repeats of the same fact. Items without
 * alternatives pass through unchanged, so other datasets score exactly as before.
 * @param gold gold items of one example
 * @param predicted predicted items of the same example
 * @returns the gold items with settled spans and the predictions to score
 */
export function settleAlternatives(
  gold: readonly ScoreItem[],
  predicted: readonly ScoreItem[],
): [ScoreItem[], ScoreItem[]] {
  if (!gold.some((g) => g.alternatives !== undefined && g.alternatives.length > 1)) {
    return [[...gold], [...predicted]];
  }
  const repeats = new Set<ScoreItem>();
  const settled = gold.map((g) => {
    const alternatives = g.alternatives;
    if (alternatives === undefined || alternatives.length < 2) return g;
    const sameLabel = predicted.filter((p) => p.label === g.label && !repeats.has(p));
    const exact = sameLabel.filter((p) => alternatives.some((a) => tuplesMatch(a, p.spans, 'exact')));
    const chosen = exact[0];
    if (chosen !== undefined) {
      for (const p of exact) if (itemKey(p) !== itemKey(chosen)) repeats.add(p);
      return { ...g, spans: chosen.spans.map((s) => ({ ...s })) };
    }
    for (const p of sameLabel) {
      const a = alternatives.find((x) => tuplesMatch(x, p.spans, 'overlap'));
      if (a !== undefined) return { ...g, spans: a.map((s) => ({ ...s })) };
    }
    return g;
  });
  return [settled, predicted.filter((p) => !repeats.has(p))];
}

/** How many exactly matched relations carry the gold status, with the confusions (`gold→predicted`). */
export interface StatusAgreement {
  matched: number;
  correct: number;
  accuracy: number;
  /** `gold→predicted` status → count, for matched relations whose status differs. */
  confusions: Record<string, number>;
}

/**
 * Add one example's status agreement into `into`: for every gold item with a status that an exact
 * prediction matches (the most confident one, as in {@link dedupeItems}), compare the statuses.
 * @returns the gold/predicted pairs whose statuses differ (for details)
 */
export function addStatusAgreement(
  into: StatusAgreement,
  gold: readonly ScoreItem[],
  predicted: readonly ScoreItem[],
): Array<{ gold: ScoreItem; predicted: ScoreItem }> {
  const wrong: Array<{ gold: ScoreItem; predicted: ScoreItem }> = [];
  const preds = dedupeItems(predicted);
  for (const g of dedupeItems(gold)) {
    if (g.status === undefined) continue;
    const p = preds.find((x) => itemsMatch(g, x, 'exact'));
    if (p === undefined) continue;
    into.matched++;
    if (p.status === g.status) into.correct++;
    else {
      const key = `${g.status}→${p.status ?? 'none'}`;
      into.confusions[key] = (into.confusions[key] ?? 0) + 1;
      wrong.push({ gold: g, predicted: p });
    }
  }
  into.accuracy = into.matched > 0 ? into.correct / into.matched : 0;
  return wrong;
}
