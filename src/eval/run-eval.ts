// Run an evaluation: extract every example once, then score entities and relations at each threshold.
import type { Extraction, SourceDocument, Span } from '../types.js';
import type { ResolvedMapping } from './mapping.js';
import {
  goldEntityItems,
  goldRelationItems,
  predictedEntityItems,
  predictedRelationItems,
} from './project.js';
import {
  addCounts,
  addStatusAgreement,
  itemKey,
  itemsMatch,
  prf,
  type StatusAgreement,
  scoreItems,
  settleAlternatives,
  sumCounts,
} from './score.js';
import { conventionalSpans } from './span-conventions.js';
import type { Counts, EvalDataset, EvalExample, MatchMode, Prf, ScoreItem } from './types.js';

/** The extractor under test (src/extract `extractDocument`, or a stand-in in tests). */
export type Extractor = (doc: SourceDocument, options: { minConfidence: number }) => Extraction;

/** Options of {@link evaluateExamples}. */
export interface EvaluateOptions {
  /** Relations below this confidence are dropped before scoring (entities are not affected). */
  minConfidence?: number;
  /** Thresholds of the precision/recall sweep. */
  thresholds?: number[];
  /** Called after each example is extracted. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_EVALUATE_OPTIONS: Required<Omit<EvaluateOptions, 'onProgress'>> = {
  minConfidence: 0,
  thresholds: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
};

/** One label's row of a score table. */
export interface LabelRow extends Prf {
  label: string;
  /** The dataset labels this row stands for (entity rows are our types). */
  datasetLabels: string[];
  /** Reported but not in the micro average. */
  excluded: boolean;
}

/** Micro average and per-label rows, for one match mode. */
export interface ScoreTable {
  micro: Prf;
  labels: LabelRow[];
}

/** Precision of one rule (relations) or mention source (entities). */
export interface RuleRow {
  rule: string;
  /** The labels its predictions were scored as (dataset relation labels, or our entity types). */
  labels: string[];
  predictions: number;
  tp: number;
  fp: number;
  precision: number;
  /** True positives when spans only need to overlap. */
  tpOverlap: number;
  precisionOverlap: number;
  meanConfidence: number;
}

/** Everything `corpgraph eval` reports. */
export interface EvalReport {
  dataset: EvalDataset;
  examples: number;
  minConfidence: number;
  /** Wall-clock milliseconds spent in the extractor. */
  extractMs: number;
  entities: { exact: ScoreTable; overlap: ScoreTable } | null;
  relations: { exact: ScoreTable; overlap: ScoreTable } | null;
  sweep: Array<{ threshold: number; exact: Prf; overlap: Prf }>;
  rules: { relations: RuleRow[]; entities: RuleRow[] };
  notes: string[];
  /** Datasets with gold statuses (corpgraph's own set): status agreement on exactly matched relations. */
  status?: StatusAgreement;
}

/** One false positive or false negative (exact match), for `--details`. */
export interface DetailRecord {
  example: string;
  kind: 'entity' | 'relation';
  /** STATUS: an exactly matched relation whose predicted status differs from the gold one. */
  outcome: 'FP' | 'FN' | 'STATUS';
  label: string;
  /** Predicted (FP) or gold (FN) argument spans with their text; relations: [head, tail]. */
  spans: Array<Span & { text: string }>;
  rule?: string;
  confidence?: number;
  ourType?: string;
  /** FP: overlaps a gold item (a boundary error). FN: an overlapping prediction exists. */
  overlapMatch: boolean;
  /** FN relations: whether each gold argument was predicted as a mention with that exact span. */
  argsFound?: boolean[];
  /**
   * Items of the other side on the same spans with another label, or (relations) on the reversed
   * arguments: for a FN the predictions, for a FP the gold items. E.g. `["Organization"]` on a Person FP.
   */
  confusedWith?: string[];
  sentence: string;
  /** STATUS records: the gold status. */
  goldStatus?: string;
  /** STATUS records: the predicted status. */
  predictedStatus?: string;
}

interface ExampleRun {
  example: EvalExample;
  goldEntities: ScoreItem[];
  predEntities: ScoreItem[];
  goldRelations: ScoreItem[];
  predRelations: ScoreItem[];
  mentionSpans: Set<string>;
}

function sentenceOf(example: EvalExample, at: number): string {
  const s = example.sentences.find((x) => at >= x.start && at < x.end) ?? example.sentences[0];
  return s ? example.text.slice(s.start, s.end) : example.text;
}

function withText(example: EvalExample, spans: Span[]): Array<Span & { text: string }> {
  return spans.map((s) => ({ start: s.start, end: s.end, text: example.text.slice(s.start, s.end) }));
}

function aboveThreshold(items: ScoreItem[], threshold: number): ScoreItem[] {
  return threshold <= 0 ? items : items.filter((i) => (i.confidence ?? 1) >= threshold);
}

function buildTable(
  counts: Map<string, Counts>,
  labels: string[],
  scored: string[],
  datasetLabels: (label: string) => string[],
): ScoreTable {
  return {
    micro: prf(sumCounts(counts, scored)),
    labels: labels.map((label) => ({
      label,
      datasetLabels: datasetLabels(label),
      excluded: !scored.includes(label),
      ...prf(counts.get(label) ?? { tp: 0, fp: 0, fn: 0 }),
    })),
  };
}

function scoreAll(
  runs: ExampleRun[],
  pick: (r: ExampleRun) => [ScoreItem[], ScoreItem[]],
  mode: MatchMode,
): Map<string, Counts> {
  const total = new Map<string, Counts>();
  for (const r of runs) {
    const [gold, pred] = pick(r);
    addCounts(total, scoreItems(gold, pred, mode).counts);
  }
  return total;
}

function ruleRows(runs: ExampleRun[], pick: (r: ExampleRun) => [ScoreItem[], ScoreItem[]]): RuleRow[] {
  const rows = new Map<string, { n: number; tp: number; tpo: number; conf: number; labels: Set<string> }>();
  for (const r of runs) {
    const [gold, pred] = pick(r);
    const goldKeys = new Set(gold.map(itemKey));
    for (const p of pred) {
      const row = rows.get(p.rule ?? 'unknown') ?? {
        n: 0,
        tp: 0,
        tpo: 0,
        conf: 0,
        labels: new Set<string>(),
      };
      row.labels.add(p.label);
      row.n++;
      row.conf += p.confidence ?? 1;
      if (goldKeys.has(itemKey(p))) row.tp++;
      if (gold.some((g) => itemsMatch(g, p, 'overlap'))) row.tpo++;
      rows.set(p.rule ?? 'unknown', row);
    }
  }
  return [...rows.entries()]
    .map(([rule, x]) => ({
      rule,
      labels: [...x.labels].sort(),
      predictions: x.n,
      tp: x.tp,
      fp: x.n - x.tp,
      precision: x.n > 0 ? x.tp / x.n : 0,
      tpOverlap: x.tpo,
      precisionOverlap: x.n > 0 ? x.tpo / x.n : 0,
      meanConfidence: x.n > 0 ? x.conf / x.n : 0,
    }))
    .sort((a, b) => b.predictions - a.predictions || a.rule.localeCompare(b.rule));
}

const spansKey = (spans: readonly Span[]) => spans.map((s) => `${s.start}-${s.end}`).join('|');

/** Labels of `others` on exactly the same spans but another label, or on the reversed arguments. */
function confusions(item: ScoreItem, others: readonly ScoreItem[]): string[] {
  const key = spansKey(item.spans);
  const reversedKey = item.spans.length > 1 ? spansKey([...item.spans].reverse()) : undefined;
  const found = new Set<string>();
  for (const o of others) {
    const ok = spansKey(o.spans);
    if (ok === key && o.label !== item.label) found.add(o.label);
    if (reversedKey !== undefined && ok === reversedKey) found.add(`${o.label} (reversed)`);
  }
  return [...found].sort();
}

// Why: gold relations with alternative arguments (corpgraph's own set) are settled against the
// predictions of the same example before every scoring; a no-op for the other datasets.
const pickRelations = (r: ExampleRun): [ScoreItem[], ScoreItem[]] =>
  settleAlternatives(r.goldRelations, r.predRelations);

function statusDetails(runs: ExampleRun[]): { agreement: StatusAgreement; details: DetailRecord[] } {
  const agreement: StatusAgreement = { matched: 0, correct: 0, accuracy: 0, confusions: {} };
  const details: DetailRecord[] = [];
  for (const r of runs) {
    const [gold, pred] = pickRelations(r);
    for (const w of addStatusAgreement(agreement, gold, pred)) {
      const record: DetailRecord = {
        example: r.example.id,
        kind: 'relation',
        outcome: 'STATUS',
        label: w.gold.label,
        spans: withText(r.example, w.gold.spans),
        overlapMatch: true,
        sentence: sentenceOf(r.example, w.gold.spans[0]?.start ?? 0),
      };
      if (w.predicted.rule !== undefined) record.rule = w.predicted.rule;
      if (w.predicted.confidence !== undefined) record.confidence = w.predicted.confidence;
      if (w.gold.status !== undefined) record.goldStatus = w.gold.status;
      record.predictedStatus = w.predicted.status ?? 'none';
      details.push(record);
    }
  }
  return { agreement, details };
}

function collectDetails(runs: ExampleRun[], hasEntities: boolean, hasRelations: boolean): DetailRecord[] {
  const out: DetailRecord[] = [];
  for (const r of runs) {
    const { example } = r;
    const kinds: Array<['entity' | 'relation', ScoreItem[], ScoreItem[]]> = [];
    if (hasEntities) kinds.push(['entity', r.goldEntities, r.predEntities]);
    if (hasRelations) kinds.push(['relation', ...pickRelations(r)]);
    for (const [kind, gold, pred] of kinds) {
      const scored = scoreItems(gold, pred, 'exact');
      for (const { item, matched } of scored.predicted) {
        if (matched) continue;
        const first = item.spans[0]?.start ?? 0;
        const record: DetailRecord = {
          example: example.id,
          kind,
          outcome: 'FP',
          label: item.label,
          spans: withText(example, item.spans),
          overlapMatch: scored.gold.some((g) => itemsMatch(g.item, item, 'overlap')),
          sentence: sentenceOf(example, first),
        };
        if (item.rule !== undefined) record.rule = item.rule;
        if (item.confidence !== undefined) record.confidence = item.confidence;
        if (item.ourType !== undefined) record.ourType = item.ourType;
        const confused = confusions(item, gold);
        if (confused.length > 0) record.confusedWith = confused;
        out.push(record);
      }
      for (const { item, matched } of scored.gold) {
        if (matched) continue;
        const first = item.spans[0]?.start ?? 0;
        const record: DetailRecord = {
          example: example.id,
          kind,
          outcome: 'FN',
          label: item.label,
          spans: withText(example, item.spans),
          overlapMatch: scored.predicted.some((p) => itemsMatch(item, p.item, 'overlap')),
          sentence: sentenceOf(example, first),
        };
        if (kind === 'relation') {
          record.argsFound = item.spans.map((s) => r.mentionSpans.has(`${s.start}-${s.end}`));
        }
        const confused = confusions(item, pred);
        if (confused.length > 0) record.confusedWith = confused;
        out.push(record);
      }
    }
  }
  return out;
}

/**
 * Extract every example once and score it: entities (exact span + type), relations (label + both
 * argument spans), each exact and overlapping; a confidence sweep; per-rule precision; FP/FN details.
 * @param dataset the dataset name (for the report)
 * @param examples gold examples
 * @param mapping the resolved label mapping
 * @param extract the extractor under test
 * @param options threshold and sweep settings
 * @returns the report and every exact-match FP/FN at `minConfidence`
 */
export function evaluateExamples(
  dataset: EvalDataset,
  examples: readonly EvalExample[],
  mapping: ResolvedMapping,
  extract: Extractor,
  options: EvaluateOptions = {},
): { report: EvalReport; details: DetailRecord[] } {
  const minConfidence = options.minConfidence ?? DEFAULT_EVALUATE_OPTIONS.minConfidence;
  const thresholds = options.thresholds ?? DEFAULT_EVALUATE_OPTIONS.thresholds;
  const runs: ExampleRun[] = [];
  let extractMs = 0;
  examples.forEach((example, i) => {
    const started = performance.now();
    // Why: extract once with no threshold; thresholds are applied here so the sweep costs no re-extraction.
    const extraction = extract({ id: example.id, text: example.text, uri: example.id }, { minConfidence: 0 });
    extractMs += performance.now() - started;
    // Why: one projection of our spans serves both the entity and the relation items.
    const projected = conventionalSpans(example.text, extraction.mentions, mapping.spans);
    const allRelations = predictedRelationItems(extraction, example, projected, mapping);
    runs.push({
      example,
      goldEntities: goldEntityItems(example, mapping),
      predEntities: predictedEntityItems(extraction, projected, mapping),
      goldRelations: goldRelationItems(example, mapping),
      predRelations: allRelations,
      // Why: an argument counts as found when a mention has its span in the dataset's conventions.
      mentionSpans: new Set([...projected.spans.values()].map((m) => `${m.start}-${m.end}`)),
    });
    options.onProgress?.(i + 1, examples.length);
  });

  const hasEntities = mapping.entityTypes.size > 0;
  const relationLabels = Object.keys(mapping.relations);
  const hasRelations = relationLabels.length > 0;
  const entityLabels = [...mapping.entityTypes.keys()];
  const atMin = runs.map((r) => ({ ...r, predRelations: aboveThreshold(r.predRelations, minConfidence) }));
  const pickEntities = (r: ExampleRun): [ScoreItem[], ScoreItem[]] => [r.goldEntities, r.predEntities];

  const entityTable = (mode: MatchMode) =>
    buildTable(
      scoreAll(atMin, pickEntities, mode),
      entityLabels,
      entityLabels,
      (l) => mapping.entityTypes.get(l as never) ?? [],
    );
  const relationTable = (mode: MatchMode) =>
    buildTable(scoreAll(atMin, pickRelations, mode), relationLabels, mapping.scoredRelationLabels, (l) => [
      l,
    ]);

  const sweep = hasRelations
    ? thresholds.map((threshold) => {
        const filtered = runs.map((r) => ({
          ...r,
          predRelations: aboveThreshold(r.predRelations, threshold),
        }));
        const micro = (mode: MatchMode) =>
          prf(sumCounts(scoreAll(filtered, pickRelations, mode), mapping.scoredRelationLabels));
        return { threshold, exact: micro('exact'), overlap: micro('overlap') };
      })
    : [];

  const notes: string[] = [];
  const produced = new Set(runs.flatMap((r) => r.predRelations.map((p) => p.ourType ?? '')));
  const unused = [...mapping.relationIndex.keys()].filter((t) => !produced.has(t)).sort();
  if (hasRelations && unused.length > 0) notes.push(`relation types never predicted: ${unused.join(', ')}`);

  const report: EvalReport = {
    dataset,
    examples: runs.length,
    minConfidence,
    extractMs: Math.round(extractMs),
    entities: hasEntities ? { exact: entityTable('exact'), overlap: entityTable('overlap') } : null,
    relations: hasRelations ? { exact: relationTable('exact'), overlap: relationTable('overlap') } : null,
    sweep,
    rules: {
      relations: hasRelations ? ruleRows(atMin, pickRelations) : [],
      entities: hasEntities ? ruleRows(atMin, pickEntities) : [],
    },
    notes,
  };
  const details = collectDetails(atMin, hasEntities, hasRelations);
  if (hasRelations && runs.some((r) => r.goldRelations.some((g) => g.status !== undefined))) {
    const status = statusDetails(atMin);
    report.status = status.agreement;
    details.push(...status.details);
  }
  return { report, details };
}
