// Train the relation classifier weights (models/relations-weights.json.gz) from TRAINING data only; reproducible.
// Run: node scripts/ner-run.mjs scripts/train-relations.ts [--data ../shared/datasets]
//      [--out models/relations-weights.json.gz] [--sets conll04,knowledgenet,fire] [--epochs 50]
//      [--seed 20240601] [--l2 0.1] [--target-precision 0.75] [--min-class-precision 0.6] [--never LOCATED_IN]
//      [--fold-by document|example] [--set-weights conll04:0.5] [--heldout-dir DIR] [--cache] [--check]
//      [--skip-covered] [--dump-oof FILE]
// Training data: CoNLL04 train; KnowledgeNet folds 1-2 (fold 3 held out); FIRE dev examples whose index
// mod 3 is 0 or 1 (index mod 3 = 2 held out). `--heldout-dir` writes the held-out parts as gold files
// for `corpgraph eval`, so figures on them are honest. Same data + extractor + options ⇒ byte-identical
// weights; `--check` retrains and compares with the shipped file instead of writing it.
// `--cache` keeps the extractor's output in node_modules/.cache (for feature work only: it is keyed by
// the data files, not the extractor, so delete it after extractor changes). `--skip-covered` trains on
// pairs no rule covers only (an experiment; it did not help, see docs/relations-model.md). The script
// prints out-of-fold P/R/F1 per data set at the chosen thresholds (the figure options are compared by);
// `--dump-oof FILE` writes those out-of-fold decisions with their sentences (training data only).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveMapping } from '../src/eval/mapping.js';
import { parseEvalDataset } from '../src/eval/read-dataset.js';
import { conventionalSpans } from '../src/eval/span-conventions.js';
import type { EvalDataset, EvalExample } from '../src/eval/types.js';
import { extractMentions } from '../src/extract/index.js';
import { CLASS_SIGNATURES, NONE } from '../src/extract/relations/classifier/classes.js';
import { bestRelation } from '../src/extract/relations/classifier/model.js';
import { candidatePairs } from '../src/extract/relations/classifier/pairs.js';
import {
  DEFAULT_RELATION_TRAIN_OPTIONS,
  predictPairs,
  type TrainingPair,
  trainRelationClassifier,
} from '../src/extract/relations/classifier/train.js';
import {
  encodeRelationWeights,
  type RelationTrainingInfo,
} from '../src/extract/relations/classifier/weights-io.js';
import { extractRelations } from '../src/extract/relations/index.js';
import type { Mention, RelationMention, RelationType, Span } from '../src/types.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/datasets' },
    out: { type: 'string', default: 'models/relations-weights.json.gz' },
    sets: { type: 'string', default: 'conll04,knowledgenet,fire' },
    epochs: { type: 'string', default: String(DEFAULT_RELATION_TRAIN_OPTIONS.epochs) },
    seed: { type: 'string', default: String(DEFAULT_RELATION_TRAIN_OPTIONS.seed) },
    'learning-rate': { type: 'string', default: String(DEFAULT_RELATION_TRAIN_OPTIONS.learningRate) },
    // Why: a stronger penalty than the library default; out-of-fold F1 0.385 → 0.403 (1e-4 → 0.1).
    l2: { type: 'string', default: '0.1' },
    'min-count': { type: 'string', default: String(DEFAULT_RELATION_TRAIN_OPTIONS.minCount) },
    // Why (both): chosen by out-of-fold F1 inside the training data (docs/relations-model.md).
    'fold-by': { type: 'string', default: 'document' },
    'set-weights': { type: 'string', default: 'conll04:0.5' },
    'dump-oof': { type: 'string' },
    prune: { type: 'string', default: '0.01' },
    // Why: with the session-4 rules covering the easy pairs, out-of-fold precision 0.8 needs threshold
    // 0.8 and halves recall (out-of-fold F1 0.257); 0.75 keeps threshold 0.7 (F1 0.338, precision 0.77).
    'target-precision': { type: 'string', default: '0.75' },
    // Why: 0.6 since exact matches are judged in the dataset's span conventions (session 5): CoNLL04's
    // LIVES_IN then reaches 0.52 out of fold at 0.7, and at 0.5 it was switched on, adding 3 right and
    // 7 wrong on CoNLL04 dev (P 0.827 → 0.797, F1 unchanged).
    'min-class-precision': { type: 'string', default: '0.6' },
    // Why: out-of-fold LOCATED_IN looks precise (CoNLL04's "City , State" pairs, in-distribution), but
    // on other text it guesses: 1 of 6 right on the CoNLL04/FIRE dev sets, 0 of 4 on a sample of
    // Reuters stories ("Iraq … in the northern Gulf"). The place-in-place rules cover the real cases.
    never: { type: 'string', default: 'LOCATED_IN' },
    folds: { type: 'string', default: '5' },
    'heldout-dir': { type: 'string' },
    cache: { type: 'boolean', default: false },
    'skip-covered': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});

const started = Date.now();
const opts = {
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  learningRate: Number(values['learning-rate']),
  l2: Number(values.l2),
  minCount: Number(values['min-count']),
};
const prune = Number(values.prune);
const targetPrecision = Number(values['target-precision']);
const minClassPrecision = Number(values['min-class-precision']);
const sets = (values.sets ?? '').split(',').filter(Boolean);
/** Loss weight per data set ("fire:3,conll04:0.5"); 1 when absent. */
const setWeights = new Map(
  values['set-weights']
    .split(',')
    .filter(Boolean)
    .map((kv) => [kv.split(':')[0] ?? '', Number(kv.split(':')[1])] as const),
);

/** Class order: NONE first, then the more specific employment types before WORKS_FOR (label priority). */
const ALL_CLASSES = [
  NONE,
  'CEO_OF',
  'FOUNDER_OF',
  'WORKS_FOR',
  'BASED_IN',
  'LOCATED_IN',
  'LIVES_IN',
  'SUBSIDIARY_OF',
  'ACQUIRED',
] as const;

/** A gold relation in our schema: type and (subject, object) spans. */
interface GoldPair {
  type: RelationType;
  subject: Span;
  object: Span;
}

/** One training unit: the gold pairs and which of our types its annotation covers. */
interface Unit {
  example: EvalExample;
  set: string;
  gold: GoldPair[];
  annotated: Set<string>;
}

// Why: dataset labels → our types, as in src/eval/mapping.json but one type per label (the label a
// pair is trained as); KnowledgeNet's CEO and FOUNDED_BY have the organization as head.
const LABELS: Record<string, Record<string, { type: RelationType; reversed?: boolean }>> = {
  conll04: {
    Work_For: { type: 'WORKS_FOR' },
    OrgBased_In: { type: 'BASED_IN' },
    Located_In: { type: 'LOCATED_IN' },
    Live_In: { type: 'LIVES_IN' },
  },
  knowledgenet: {
    CEO: { type: 'CEO_OF', reversed: true },
    FOUNDED_BY: { type: 'FOUNDER_OF', reversed: true },
    EMPLOYEE_OR_MEMBER_OF: { type: 'WORKS_FOR' },
    HEADQUARTERS: { type: 'BASED_IN' },
    SUBSIDIARY_OF: { type: 'SUBSIDIARY_OF' },
  },
  fire: {
    ActionBuy: { type: 'ACQUIRED' },
    Subsidiaryof: { type: 'SUBSIDIARY_OF' },
    Employeeof: { type: 'WORKS_FOR' },
    Locatedin: { type: 'BASED_IN' },
  },
};
/** Our types whose absence a dataset's annotation vouches for (a pair without gold is then NONE). */
const ANNOTATED: Record<string, RelationType[]> = {
  conll04: ['WORKS_FOR', 'CEO_OF', 'FOUNDER_OF', 'BASED_IN', 'LOCATED_IN', 'LIVES_IN'],
  fire: ['WORKS_FOR', 'CEO_OF', 'FOUNDER_OF', 'BASED_IN', 'LOCATED_IN', 'SUBSIDIARY_OF', 'ACQUIRED'],
};
const KN_TYPES: Record<string, RelationType[]> = {
  CEO: ['CEO_OF'],
  FOUNDED_BY: ['FOUNDER_OF'],
  EMPLOYEE_OR_MEMBER_OF: ['WORKS_FOR'],
  HEADQUARTERS: ['BASED_IN'],
  SUBSIDIARY_OF: ['SUBSIDIARY_OF'],
};

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const files: RelationTrainingInfo['files'] = [];
const units: Unit[] = [];
mkdirSync(values['heldout-dir'] ?? '.', { recursive: true });

function addUnits(
  set: string,
  dataset: EvalDataset,
  content: string,
  keep: (e: EvalExample, i: number) => boolean,
) {
  const { examples } = parseEvalDataset(dataset, content, set);
  let n = 0;
  examples.forEach((example, i) => {
    if (!keep(example, i)) return;
    const gold: GoldPair[] = [];
    for (const r of example.relations) {
      const map = LABELS[set]?.[r.label];
      if (!map) continue;
      gold.push(
        map.reversed
          ? { type: map.type, subject: r.tail, object: r.head }
          : { type: map.type, subject: r.head, object: r.tail },
      );
    }
    const annotated = new Set<string>(
      set === 'knowledgenet'
        ? (example.scoredRelationLabels ?? []).flatMap((l) => KN_TYPES[l] ?? [])
        : (ANNOTATED[set] ?? []),
    );
    units.push({ example, set, gold, annotated });
    n++;
  });
  return n;
}

const partOf: Record<string, string> = {};
for (const set of sets) {
  if (set === 'conll04') {
    const name = 'conll04/conll04_train.json';
    const content = readFileSync(join(values.data, name), 'utf8');
    addUnits(set, 'conll04', content, () => true);
    files.push({ name, sha256: sha256(content), part: 'all', pairs: 0 });
    partOf[set] = name;
  } else if (set === 'knowledgenet') {
    const name = 'knowledgenet/knowledgenet_folds1-3.jsonl';
    const content = readFileSync(join(values.data, name), 'utf8');
    const lines = content.split('\n').filter((l) => l.trim() !== '');
    const fold = (l: string): number => (JSON.parse(l) as { fold: number }).fold;
    addUnits(set, 'knowledgenet', lines.filter((l) => fold(l) !== 3).join('\n'), () => true);
    if (values['heldout-dir']) {
      writeFileSync(
        join(values['heldout-dir'], 'knowledgenet_fold3.jsonl'),
        `${lines.filter((l) => fold(l) === 3).join('\n')}\n`,
      );
    }
    files.push({ name, sha256: sha256(content), part: 'folds 1-2', pairs: 0 });
  } else if (set === 'fire') {
    const name = 'fire/fire_dev.json';
    const content = readFileSync(join(values.data, name), 'utf8');
    addUnits(set, 'fire', content, (_, i) => i % 3 !== 2);
    if (values['heldout-dir']) {
      const all = JSON.parse(content) as unknown[];
      writeFileSync(
        join(values['heldout-dir'], 'fire_fold3.json'),
        JSON.stringify(all.filter((_, i) => i % 3 === 2)),
      );
    }
    files.push({ name, sha256: sha256(content), part: 'index mod 3 in {0,1}', pairs: 0 });
  } else {
    throw new Error(`unknown set "${set}"`);
  }
}
console.error(`read ${units.length} training examples in ${Date.now() - started} ms`);

// Why: pairs are built from the extractor's OWN mentions and rule relations (`extractMentions`, the
// mention steps of `extractDocument`), so the model learns on the entity errors it will meet.
interface Extracted {
  /** The text the extractor read (line breaks that only wrap a paragraph as spaces). */
  text: string;
  sentences: Span[];
  mentions: Mention[];
  rules: RelationMention[];
}
function extractForTraining(original: string): Extracted {
  const { text, sentences, related } = extractMentions(original);
  return { text, sentences, mentions: related, rules: extractRelations(text, sentences, related) };
}
const cachePath = join(
  'node_modules/.cache/corpgraph-relclf',
  `extract-${sha256(JSON.stringify(files))}.json`,
);
let extracted: Extracted[];
if (values.cache && existsSync(cachePath)) {
  extracted = JSON.parse(readFileSync(cachePath, 'utf8')) as Extracted[];
} else {
  extracted = units.map((u) => extractForTraining(u.example.text));
  if (values.cache) {
    mkdirSync(dirname(cachePath), { recursive: true });
    writeFileSync(cachePath, JSON.stringify(extracted));
  }
}
console.error(`extracted in ${Date.now() - started} ms`);

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const classes: string[] = [...ALL_CLASSES];
const pairs: TrainingPair[] = [];
const unitOf: number[] = [];
/** Pairs a rule already covers (either direction): the classifier never decides those at run time. */
const covered: boolean[] = [];
/**
 * Positive pairs right under their dataset's official measure: exact argument spans for CoNLL04 and
 * FIRE, span overlap for KnowledgeNet (its evaluator's `span_overlap`).
 */
const exact: boolean[] = [];
/** Per pair, its arguments and sentence (for --dump-oof). */
const pairInfo: Array<{ s: string; o: string; text: string }> = [];
const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;
// Why: "exact" as `corpgraph eval` scores it, in the dataset's span conventions ("born in Concord ,
// Mass ." is one CoNLL04 place; "President Lincoln" one person); each set's resolved once.
const spanConventions = new Map(
  [...new Set(units.map((unit) => unit.set))].map((set) => [set, resolveMapping(set as EvalDataset).spans]),
);
units.forEach((unit, u) => {
  const ex = extracted[u];
  if (!ex) return;
  const { spans: projected } = conventionalSpans(ex.text, ex.mentions, spanConventions.get(unit.set));
  for (const pair of candidatePairs(ex.text, ex.sentences, ex.mentions, classes, ex.rules)) {
    const sm = ex.mentions[pair.subject];
    const om = ex.mentions[pair.object];
    if (!sm || !om) continue;
    const matches = unit.gold.filter((g) => overlaps(g.subject, sm) && overlaps(g.object, om));
    let label = -1;
    if (matches.length > 0) {
      // The most specific valid type (class order) among the gold labels of this pair.
      label = classes.findIndex((c, i) => i > 0 && pair.valid[i] && matches.some((g) => g.type === c));
    } else {
      // Why: a pair without gold is a negative only where the annotation covers its main type.
      const main = classes.find((c, i) => i > 0 && pair.valid[i] && c !== 'CEO_OF' && c !== 'FOUNDER_OF');
      if (main !== undefined && unit.annotated.has(main)) label = 0;
    }
    if (label < 0) continue;
    const isCovered = ex.rules.some(
      (r) => (r.subject === sm.id && r.object === om.id) || (r.subject === om.id && r.object === sm.id),
    );
    if (values['skip-covered'] && isCovered) continue;
    const weight = setWeights.get(unit.set);
    pairs.push({ features: pair.features, label, valid: pair.valid, ...(weight ? { weight } : {}) });
    unitOf.push(u);
    covered.push(isCovered);
    if (values['dump-oof']) {
      pairInfo.push({
        s: unit.example.text.slice(sm.start, sm.end),
        o: unit.example.text.slice(om.start, om.end),
        text: unit.example.text.slice(pair.sentence.start, pair.sentence.end),
      });
    }
    exact.push(
      unit.set === 'knowledgenet' ||
        matches.some(
          (g) =>
            g.type === classes[label] &&
            same(g.subject, projected.get(sm.id) ?? sm) &&
            same(g.object, projected.get(om.id) ?? om),
        ),
    );
    const file = files.find((f) => f.name.startsWith(unit.set));
    if (file) file.pairs++;
  }
});
const positives = pairs.filter((p) => p.label > 0).length;
console.error(`${pairs.length} training pairs, ${positives} positive, in ${Date.now() - started} ms`);
for (let c = 1; c < classes.length; c++) {
  console.error(`  ${classes[c]}: ${pairs.filter((p) => p.label === c).length}`);
}
for (const c of Object.keys(CLASS_SIGNATURES))
  if (!classes.includes(c)) throw new Error(`class ${c} missing`);

// Calibration and threshold from out-of-fold predictions (folds by training example, or by document).
const K = Number(values.folds);
const docIndex = new Map<string, number>();
const foldOfUnit = units.map((unit, u) => {
  if (values['fold-by'] !== 'document' || unit.set !== 'knowledgenet') return u % K;
  // Why: KnowledgeNet passages of one document repeat its entities and phrasings; split by example,
  // their siblings leak into the other folds and the out-of-fold figures are optimistic.
  const doc = `${unit.set}:${unit.example.id.split(':')[0]}`;
  if (!docIndex.has(doc)) docIndex.set(doc, docIndex.size);
  return (docIndex.get(doc) ?? 0) % K;
});
const foldOf = (i: number): number => foldOfUnit[unitOf[i] ?? 0] ?? 0;
const oof: Float64Array[] = new Array(pairs.length);
for (let k = 0; k < K; k++) {
  const trainIdx = pairs.map((_, i) => i).filter((i) => foldOf(i) !== k);
  const testIdx = pairs.map((_, i) => i).filter((i) => foldOf(i) === k);
  const trained = trainRelationClassifier(
    trainIdx.map((i) => pairs[i] as TrainingPair),
    classes,
    opts,
  );
  const probs = predictPairs(
    trained,
    testIdx.map((i) => pairs[i] as TrainingPair),
  );
  testIdx.forEach((i, j) => {
    oof[i] = probs[j] as Float64Array;
  });
}
// Temperature: minimise the negative log-likelihood of the out-of-fold predictions.
function nll(temperature: number): number {
  let sum = 0;
  pairs.forEach((p, i) => {
    const probs = oof[i];
    if (!probs) return;
    // Re-temper: p_c ∝ p_c^(1/T) over the valid classes.
    let z = 0;
    for (let c = 0; c < classes.length; c++) if (p.valid[c]) z += (probs[c] ?? 0) ** (1 / temperature);
    sum -= Math.log(Math.max(1e-12, (probs[p.label] ?? 0) ** (1 / temperature) / z));
  });
  return sum;
}
let temperature = 1;
let bestNll = Number.POSITIVE_INFINITY;
for (let t = 0.5; t <= 8.001; t += 0.1) {
  const v = nll(t);
  if (v < bestNll) {
    bestNll = v;
    temperature = Math.round(t * 100) / 100;
  }
}
function tempered(probs: Float64Array, valid: boolean[]): Float64Array {
  const out = new Float64Array(probs.length);
  let z = 0;
  for (let c = 0; c < probs.length; c++) {
    out[c] = valid[c] ? (probs[c] ?? 0) ** (1 / temperature) : 0;
    z += out[c] ?? 0;
  }
  for (let c = 0; c < probs.length; c++) out[c] = (out[c] ?? 0) / z;
  return out;
}
// Why: at run time the classifier only decides pairs no rule covers, which are the harder ones, so
// the threshold is chosen on those alone.
const scored = pairs.flatMap((p, i) => {
  if (covered[i]) return [];
  const probs = tempered(oof[i] as Float64Array, p.valid);
  const { index, p: prob } = bestRelation(classes, probs);
  const set = units[unitOf[i] ?? 0]?.set ?? '';
  return [{ index, prob, probs, label: p.label, exact: exact[i] === true, set, i }];
});
const uncoveredPositives = scored.filter((s) => s.label > 0).length;
console.error(`out-of-fold NLL ${(bestNll / pairs.length).toFixed(4)} per pair`);
console.error(
  `temperature ${temperature}; out-of-fold precision/recall of ordered pairs no rule covers, by threshold:`,
);
let threshold = 0.95;
for (let t = 0.95; t >= 0.299; t -= 0.05) {
  const tt = Math.round(t * 100) / 100;
  const predicted = scored.filter((s) => s.index > 0 && s.prob >= tt);
  const tp = predicted.filter((s) => s.index === s.label).length;
  const precision = predicted.length ? tp / predicted.length : 1;
  const recall = uncoveredPositives ? tp / uncoveredPositives : 0;
  console.error(
    `  ≥${tt.toFixed(2)}  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  (${predicted.length})`,
  );
  if (precision >= targetPrecision) threshold = tt;
}
// Why: a class can look right by overlap yet rarely match the annotated spans exactly (CoNLL04 Live_In:
// "born in Concord , Mass ." is one gold place, two of ours), which an exact scorer counts as errors.
// Per class, under each dataset's official match: a class whose precision stays ≥ the target from some
// lower threshold on (with ≥ 20 predictions) uses that; otherwise it keeps the global threshold if its
// precision there reaches --min-class-precision, else the smallest higher threshold that does, or never.
console.error(`per class, out-of-fold precision under each dataset's official match (n predicted):`);
const GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
const never = new Set(values.never.split(',').filter(Boolean));
const classThresholds = classes.map((name, c) => {
  if (c === 0) return 1;
  if (never.has(name)) return 2;
  const precisionAt = (t: number): { p: number; n: number } => {
    const predicted = scored.filter((s) => s.index === c && s.prob >= t);
    const tp = predicted.filter((s) => s.label === c && s.exact).length;
    return { p: predicted.length ? tp / predicted.length : 1, n: predicted.length };
  };
  console.error(
    `  ${classes[c]?.padEnd(13)} ${GRID.map((t) => {
      const { p, n } = precisionAt(t);
      return `≥${t.toFixed(2)} ${n ? p.toFixed(2) : '-'} (${n})`;
    }).join('  ')}`,
  );
  // A class precise enough on its own (≥ target with at least 20 predictions) may go below the global
  // threshold; one that is not keeps it, or is raised until it reaches --min-class-precision.
  const own = GRID.find(
    (t) => t < threshold && precisionAt(t).p >= targetPrecision && precisionAt(t).n >= 20,
  );
  if (own !== undefined && GRID.every((t) => t < own || precisionAt(t).p >= targetPrecision)) return own;
  return GRID.find((t) => t >= threshold && precisionAt(t).p >= minClassPrecision) ?? 2;
});
console.error(
  `class thresholds: ${classes
    .map((c, i) => `${c} ${classThresholds[i]}`)
    .slice(1)
    .join(', ')}`,
);
const atThreshold = scored.filter((s) => s.index > 0 && s.prob >= threshold);
console.error(
  `threshold ${threshold} (smallest with out-of-fold precision ≥ ${targetPrecision}); recall there ${(atThreshold.filter((s) => s.index === s.label).length / Math.max(1, uncoveredPositives)).toFixed(3)}`,
);

// Out-of-fold figures at the chosen class thresholds, per data set, on the pairs no rule covers (each
// set's official match): the figure to compare training options by.
for (const set of [...sets, 'all']) {
  let tp = 0;
  let fp = 0;
  let pos = 0;
  for (const s of scored) {
    if (set !== 'all' && s.set !== set) continue;
    if (s.label > 0) pos++;
    const { index } = bestRelation(classes, s.probs, classThresholds);
    if (index <= 0) continue;
    if (index === s.label && s.exact) tp++;
    else fp++;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, pos);
  console.error(
    `OOF ${set.padEnd(12)} TP ${tp} FP ${fp} positives ${pos}  P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)}`,
  );
}

{
  // Ranking quality free of the threshold grid: the best out-of-fold recall at precision ≥ 0.8 and 0.7.
  const ranked = scored
    .filter((s) => s.index > 0 && (classThresholds[s.index] ?? 2) <= 1)
    .sort((x, y) => y.prob - x.prob);
  const pos = scored.filter((s) => s.label > 0).length;
  for (const floor of [0.8, 0.7]) {
    let tp = 0;
    let best = 0;
    ranked.forEach((s, n) => {
      if (s.index === s.label && s.exact) tp++;
      if (tp / (n + 1) >= floor) best = Math.max(best, tp);
    });
    console.error(`OOF recall at P≥${floor}: ${(best / Math.max(1, pos)).toFixed(3)} (${best} of ${pos})`);
  }
}
if (values['dump-oof']) {
  // Out-of-fold decisions on training pairs, for error reading (training data only).
  const lines: string[] = [];
  for (const s of scored) {
    const { index } = bestRelation(classes, s.probs, classThresholds);
    const outcome = index > 0 ? (index === s.label && s.exact ? 'TP' : 'FP') : s.label > 0 ? 'FN' : '';
    if (!outcome) continue;
    const info = pairInfo[s.i];
    lines.push(
      JSON.stringify({
        outcome,
        set: s.set,
        predicted: classes[index] ?? null,
        gold: classes[s.label],
        p: Math.round(s.prob * 100) / 100,
        ...info,
      }),
    );
  }
  writeFileSync(values['dump-oof'], `${lines.join('\n')}\n`);
}

const trained = trainRelationClassifier(pairs, classes, opts);
const training: RelationTrainingInfo = {
  files,
  ...opts,
  prune,
  targetPrecision,
  minClassPrecision,
  foldBy: values['fold-by'],
  setWeights: values['set-weights'],
};
const { bytes, file } = encodeRelationWeights(trained, temperature, threshold, classThresholds, training);
if (values.check) {
  // Why: `--check` proves the shipped file is reproducible without overwriting it.
  const same = existsSync(values.out) && readFileSync(values.out).equals(bytes);
  console.error(
    `${values.out} ${same ? 'is reproduced byte for byte' : 'DIFFERS from the retrained weights'}`,
  );
  process.exit(same ? 0 : 1);
}
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, bytes);
console.error(
  `wrote ${values.out}: ${bytes.length} bytes, ${file.features.split('\n').length} features, sha256 ${file.sha256.slice(0, 12)}, ${Date.now() - started} ms`,
);
