// Emission scores straight from tokens, with word-level feature rows memoised per word (same sums as extractFeatures).
import {
  appositive,
  capitalisedRuns,
  classOf,
  SENTENCE_END,
  shortShape,
  type TokenInfo,
  wordShape,
} from './features.js';
import { gazetteerLabels } from './gazetteer.js';
import type { NerModel } from './model.js';
import type { NerToken } from './tokenize.js';

// Why: `extractFeatures` builds ~60 strings per token and the model hashes each one; most of them
// depend only on the word (or a word and a neighbour's class), so their row numbers are looked up
// once per distinct word and kept. The rows are added in exactly the order `extractFeatures` lists
// the features, so every emission score is bit-identical to `emissionScores(extractFeatures(...))`
// (tests/ner compares the two). Change features.ts ⇒ change this file too.

const CLASSES = ['CAP1', 'CAPS', 'Init', 'Mixed', 'low', 'num', 'punct', '<s>', '</s>'] as const;
const CLASS_ID = new Map<string, number>(CLASSES.map((c, i) => [c, i]));
const NC = CLASSES.length;
const OFFSETS = [-2, -1, 1, 2] as const;
/**
 * Beyond this many cached words the cache starts again (bounded memory on any input: an entry is
 * ~0.8 KB, so ≤ ~16 MB per process or worker; all 2,225 BBC articles hold 37k distinct tokens).
 */
const MAX_WORDS = 20_000;

/** Layout of `WordEntry.rows` (one typed array per word keeps the cache small). */
const CTX = 0; // 12: as the neighbour at -2, -1, +1, +2: w{off}=, ss{off}=, c{off}=
const AS_PREV_CLS = 12; // NC: `w-1|c=${this}|${cls}` by class id (-2 = not looked up yet)
const AS_NEXT_CLS = AS_PREV_CLS + NC; // NC: `c|w+1=${cls}|${this}` by class id (-2 = not looked up yet)
const START_C = AS_NEXT_CLS + NC; // start|c=
const START_W = START_C + 1; // start|w=
const CASE_AS_PREV = START_W + 1; // case-1= with this word's bucket
const CASE_AS_NEXT = CASE_AS_PREV + 1; // case+1= with this word's bucket
const AFFIX = CASE_AS_NEXT + 1; // p1..p4/s1..s4 (interleaved), capsw=, digit, hyphen, period: known rows only

/** Everything about one word form that does not depend on its neighbours. */
interface WordEntry extends TokenInfo {
  clsId: number;
  isCaps: boolean;
  /** Case-profile bucket ('?' when unknown). */
  cp: string;
  /** Whether `lower` contains '|' (word pairs with it are looked up by full name). */
  bar: boolean;
  /** Row numbers, laid out as CTX … AFFIX above. */
  rows: Int32Array;
  /**
   * Running sums from 0 over the rows of b, w=, sh=, ss=, c= (first T) and of those then the affix rows
   * (next T): the first features of every token.
   */
  sums: Float64Array;
  /** case=, case=|c=, case=|start=false, case=|start=true (shared per bucket and class). */
  caseRows: Int32Array;
}

/** Rows of the features one gazetteer label contributes. */
interface LabelEntry {
  /** g= */
  g: number;
  /** g=|c= by class id (-2 = not looked up yet). */
  gCls: Int32Array;
  gPrev: number;
  gNext: number;
  runlastg: number;
}

interface ModelCache {
  row: (f: string) => number;
  words: Map<string, WordEntry>;
  /** w-1|w= and w|w+1= rows by left word, then right word (see `pairIndex`). */
  prevWordPairs: ReadonlyMap<string, ReadonlyMap<string, number>>;
  wordNextPairs: ReadonlyMap<string, ReadonlyMap<string, number>>;
  pad: WordEntry;
  padEnd: WordEntry;
  b: number;
  start: number;
  capsrun: number;
  caseM1Pad: number;
  caseP1End: number;
  g2orgsuffix: number;
  labels: Map<string, LabelEntry>;
  /** WordEntry.caseRows by `${bucket}\t${class}`. */
  caseRows: Map<string, Int32Array>;
  /** `run=${len}|${pos}` by (len-1)*3 + pos (pos: first, mid, last). */
  runRows: Int32Array;
  /** Feature template (the name up to its first '=') → value → row; see `splitIndex`. */
  tmpl: (name: string) => ReadonlyMap<string, number>;
  /** c-1|c, c|c+1 (NC×NC) and c-1|c|c+1 (NC×NC×NC) by class id. */
  cc1: Int32Array;
  cc2: Int32Array;
  ccc: Int32Array;
}

const RUN_POS = ['first', 'mid', 'last'] as const;
const NO_ROWS: ReadonlyMap<string, number> = new Map();
const PREFIX = ['', 'p1', 'p2', 'p3', 'p4'] as const;
const SUFFIX = ['', 's1', 's2', 's3', 's4'] as const;

/**
 * The feature index split at each name's first '=' ("w=apple" → template "w", value "apple").
 * Why: lookups then hash the word strings the cache already holds instead of a fresh concatenation
 * per template; a name maps to the same row either way.
 */
function splitIndex(index: ReadonlyMap<string, number>): (name: string) => ReadonlyMap<string, number> {
  const by = new Map<string, Map<string, number>>();
  for (const [f, r] of index) {
    const eq = f.indexOf('=');
    if (eq < 0) continue;
    const name = f.slice(0, eq);
    let m = by.get(name);
    if (m === undefined) {
      m = new Map();
      by.set(name, m);
    }
    m.set(f.slice(eq + 1), r);
  }
  return (name) => by.get(name) ?? NO_ROWS;
}

/**
 * A word-pair template's values ("left|right") as left → right → row. Values with more than one '|'
 * are left out: a word containing '|' is looked up by full name instead (see `pairRow`).
 */
function pairIndex(values: ReadonlyMap<string, number>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [v, r] of values) {
    const bar = v.indexOf('|');
    if (bar < 0 || v.indexOf('|', bar + 1) >= 0) continue;
    const left = v.slice(0, bar);
    let m = out.get(left);
    if (m === undefined) {
      m = new Map();
      out.set(left, m);
    }
    m.set(v.slice(bar + 1), r);
  }
  return out;
}

/** Row of `${name}=${left}|${right}` without building the name when neither word contains '|'. */
function pairRow(
  cache: ModelCache,
  pairs: ReadonlyMap<string, ReadonlyMap<string, number>>,
  name: string,
  left: WordEntry,
  right: WordEntry,
): number {
  if (left.bar || right.bar) return cache.row(`${name}=${left.lower}|${right.lower}`);
  return pairs.get(left.lower)?.get(right.lower) ?? -1;
}

const caches = new WeakMap<NerModel, ModelCache>();

function cacheFor(model: NerModel): ModelCache {
  const hit = caches.get(model);
  if (hit !== undefined) return hit;
  const index = model.featureIndex;
  const row = (f: string): number => index.get(f) ?? -1;
  const tmpl = splitIndex(index);
  const cc1 = new Int32Array(NC * NC);
  const cc2 = new Int32Array(NC * NC);
  const ccc = new Int32Array(NC * NC * NC);
  for (let a = 0; a < NC; a++) {
    for (let b = 0; b < NC; b++) {
      cc1[a * NC + b] = row(`c-1|c=${CLASSES[a]}|${CLASSES[b]}`);
      cc2[a * NC + b] = row(`c|c+1=${CLASSES[a]}|${CLASSES[b]}`);
      for (let c = 0; c < NC; c++)
        ccc[(a * NC + b) * NC + c] = row(`c-1|c|c+1=${CLASSES[a]}|${CLASSES[b]}|${CLASSES[c]}`);
    }
  }
  const cache: ModelCache = {
    row,
    words: new Map(),
    prevWordPairs: pairIndex(tmpl('w-1|w')),
    wordNextPairs: pairIndex(tmpl('w|w+1')),
    pad: padEntry('<s>', tmpl),
    padEnd: padEntry('</s>', tmpl),
    b: row('b'),
    start: row('start'),
    capsrun: row('capsrun'),
    caseM1Pad: row('case-1=<s>'),
    caseP1End: row('case+1=</s>'),
    g2orgsuffix: row('g+2=orgsuffix'),
    labels: new Map(),
    caseRows: new Map(),
    runRows: Int32Array.from({ length: 12 }, (_, k) => row(`run=${Math.floor(k / 3) + 1}|${RUN_POS[k % 3]}`)),
    tmpl,
    cc1,
    cc2,
    ccc,
  };
  caches.set(model, cache);
  return cache;
}

function ctxRows(
  lower: string,
  short: string,
  cls: string,
  tmpl: (name: string) => ReadonlyMap<string, number>,
): Int32Array {
  const out = new Int32Array(12);
  let k = 0;
  for (const off of OFFSETS) {
    out[k++] = tmpl(`w${off}`).get(lower) ?? -1;
    out[k++] = tmpl(`ss${off}`).get(short) ?? -1;
    out[k++] = tmpl(`c${off}`).get(cls) ?? -1;
  }
  return out;
}

function padEntry(p: string, tmpl: (name: string) => ReadonlyMap<string, number>): WordEntry {
  const rows = new Int32Array(AFFIX).fill(-1);
  rows.set(ctxRows(p, p, p, tmpl), CTX);
  rows.fill(-2, AS_PREV_CLS, START_C);
  return {
    lower: p,
    shape: p,
    short: p,
    cls: p,
    clsId: CLASS_ID.get(p) ?? 0,
    isCaps: false,
    cp: p,
    bar: false,
    rows,
    sums: new Float64Array(0),
    caseRows: new Int32Array(0),
  };
}

function labelEntry(cache: ModelCache, g: string): LabelEntry {
  let e = cache.labels.get(g);
  if (e === undefined) {
    e = {
      g: cache.row(`g=${g}`),
      gCls: new Int32Array(NC).fill(-2),
      gPrev: cache.row(`g-1=${g}`),
      gNext: cache.row(`g+1=${g}`),
      runlastg: cache.row(`runlastg=${g}`),
    };
    cache.labels.set(g, e);
  }
  return e;
}

/** acc[t] += weight of each row (skipping unknown rows), in row order. */
function addRows(acc: Float64Array, rows: Int32Array, model: NerModel): void {
  const T = acc.length;
  const W = model.weights;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k] as number;
    if (r < 0) continue;
    const off = r * T;
    for (let t = 0; t < T; t++) acc[t] = (acc[t] as number) + (W[off + t] as number);
  }
}

function resetCache(cache: ModelCache): void {
  cache.words.clear();
  cache.caseRows.clear();
}

function wordEntry(cache: ModelCache, model: NerModel, word: string): WordEntry {
  const hit = cache.words.get(word);
  if (hit !== undefined) return hit;
  if (cache.words.size >= MAX_WORDS) resetCache(cache);
  const row = cache.row;
  const tmpl = cache.tmpl;
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const short = shortShape(shape);
  const cls = classOf(word, shape);
  const cp = model.caseProfile.get(lower) ?? '?';
  const affix: number[] = [];
  const n = lower.length;
  for (let k = 1; k <= 4 && k < n; k++)
    affix.push(
      tmpl(PREFIX[k] ?? '').get(lower.slice(0, k)) ?? -1,
      tmpl(SUFFIX[k] ?? '').get(lower.slice(n - k)) ?? -1,
    );
  if (n > 3 && cls === 'CAPS') affix.push(tmpl('capsw').get(word) ?? -1);
  if (/\d/u.test(word)) affix.push(row('digit'));
  if (word.includes('-')) affix.push(row('hyphen'));
  if (word.includes('.')) affix.push(row('period'));
  const own = Int32Array.of(
    cache.b,
    tmpl('w').get(lower) ?? -1,
    tmpl('sh').get(shape) ?? -1,
    tmpl('ss').get(short) ?? -1,
    tmpl('c').get(cls) ?? -1,
  );
  const affixRows = affix.filter((r) => r >= 0);
  const rows = new Int32Array(AFFIX + affixRows.length);
  rows.set(ctxRows(lower, short, cls, tmpl), CTX);
  rows.fill(-2, AS_PREV_CLS, START_C);
  rows[START_C] = tmpl('start|c').get(cls) ?? -1;
  rows[START_W] = tmpl('start|w').get(lower) ?? -1;
  rows[CASE_AS_PREV] = tmpl('case-1').get(cp) ?? -1;
  rows[CASE_AS_NEXT] = tmpl('case+1').get(cp) ?? -1;
  rows.set(affixRows, AFFIX);
  // Why: a token's features start with these word-level rows, so their running sum from 0 is the same
  // sequence of additions the emission loop would do; kept per word, bit-identical.
  const T = model.tags.length;
  const sums = new Float64Array(2 * T);
  const sumOwn = sums.subarray(0, T);
  addRows(sumOwn, own, model);
  const sumOwnAffix = sums.subarray(T);
  sumOwnAffix.set(sumOwn);
  addRows(sumOwnAffix, rows.subarray(AFFIX), model);
  const caseKey = `${cp}\t${cls}`;
  let caseRows = cache.caseRows.get(caseKey);
  if (caseRows === undefined) {
    caseRows = Int32Array.of(
      tmpl('case').get(cp) ?? -1,
      tmpl('case').get(`${cp}|c=${cls}`) ?? -1,
      tmpl('case').get(`${cp}|start=false`) ?? -1,
      tmpl('case').get(`${cp}|start=true`) ?? -1,
    );
    cache.caseRows.set(caseKey, caseRows);
  }
  const entry: WordEntry = {
    lower,
    shape,
    short,
    cls,
    clsId: CLASS_ID.get(cls) ?? 0,
    isCaps: cls === 'CAPS' || cls === 'CAP1',
    cp,
    bar: lower.includes('|'),
    rows,
    sums,
    caseRows,
  };
  cache.words.set(word, entry);
  return entry;
}

/**
 * Emission scores (n×T) of one decoding segment, identical to
 * `emissionScores(model, extractFeatures(text, tokens, model.caseProfile))`, plus the gazetteer labels.
 * @param tokens The segment's tokens.
 * @param newlineBefore `newlineBefore[i]` is 1 when a line break separates `tokens[i - 1]` and `tokens[i]`.
 */
export function segmentEmissions(
  model: NerModel,
  tokens: readonly NerToken[],
  newlineBefore: Uint8Array,
): { em: Float64Array; gaz: string[][] } {
  const cache = cacheFor(model);
  const row = cache.row;
  const T = model.tags.length;
  const W = model.weights;
  const n = tokens.length;
  const em = new Float64Array(n * T);
  const info: WordEntry[] = new Array(n);
  for (let i = 0; i < n; i++) info[i] = wordEntry(cache, model, tokens[i]?.text ?? '');
  const gaz = gazetteerLabels(tokens);
  const runs = capitalisedRuns(info);
  const at = (j: number): WordEntry => (j < 0 ? cache.pad : j >= n ? cache.padEnd : (info[j] ?? cache.pad));
  let base = 0;
  const add = (r: number): void => {
    if (r < 0) return;
    const off = r * T;
    for (let t = 0; t < T; t++) em[base + t] = (em[base + t] as number) + (W[off + t] as number);
  };
  for (let i = 0; i < n; i++) {
    base = i * T;
    const w = info[i] as WordEntry;
    const prev = tokens[i - 1];
    const start = prev === undefined || SENTENCE_END.has(prev.text) || newlineBefore[i] === 1;
    const wr = w.rows;
    if (start) {
      const sums = w.sums;
      for (let t = 0; t < T; t++) em[base + t] = sums[t] as number;
      add(cache.start);
      add(wr[START_C] as number);
      add(wr[START_W] as number);
      for (let k = AFFIX; k < wr.length; k++) add(wr[k] as number);
    } else {
      const sums = w.sums;
      for (let t = 0; t < T; t++) em[base + t] = sums[T + t] as number;
    }
    if (i > 0 && i + 1 < n && info[i - 1]?.isCaps === true && info[i + 1]?.isCaps === true)
      add(cache.capsrun);
    add(w.caseRows[0] ?? -1);
    add(w.caseRows[1] ?? -1);
    add(w.caseRows[start ? 3 : 2] ?? -1);
    add(i > 0 ? (info[i - 1]?.rows[CASE_AS_PREV] ?? -1) : cache.caseM1Pad);
    add(i + 1 < n ? (info[i + 1]?.rows[CASE_AS_NEXT] ?? -1) : cache.caseP1End);
    for (let k = 0; k < 4; k++) {
      const o = at(i + (OFFSETS[k] ?? 0));
      add(o.rows[CTX + k * 3] as number);
      add(o.rows[CTX + k * 3 + 1] as number);
      add(o.rows[CTX + k * 3 + 2] as number);
    }
    const p = at(i - 1);
    const nx = at(i + 1);
    add(pairRow(cache, cache.prevWordPairs, 'w-1|w', p, w));
    add(pairRow(cache, cache.wordNextPairs, 'w|w+1', w, nx));
    add(cache.cc1[p.clsId * NC + w.clsId] ?? -1);
    add(cache.cc2[w.clsId * NC + nx.clsId] ?? -1);
    add(cache.ccc[(p.clsId * NC + w.clsId) * NC + nx.clsId] ?? -1);
    let r = p.rows[AS_PREV_CLS + w.clsId] as number;
    if (r === -2) {
      r = row(`w-1|c=${p.lower}|${w.cls}`);
      p.rows[AS_PREV_CLS + w.clsId] = r;
    }
    add(r);
    r = nx.rows[AS_NEXT_CLS + w.clsId] as number;
    if (r === -2) {
      r = row(`c|w+1=${w.cls}|${nx.lower}`);
      nx.rows[AS_NEXT_CLS + w.clsId] = r;
    }
    add(r);
    for (const g of gaz[i] ?? []) {
      const e = labelEntry(cache, g);
      add(e.g);
      r = e.gCls[w.clsId] ?? -2;
      if (r === -2) {
        r = row(`g=${g}|c=${w.cls}`);
        e.gCls[w.clsId] = r;
      }
      add(r);
    }
    for (const g of gaz[i - 1] ?? []) add(labelEntry(cache, g).gPrev);
    for (const g of gaz[i + 1] ?? []) add(labelEntry(cache, g).gNext);
    for (const g of gaz[i + 2] ?? []) if (g === 'orgsuffix') add(cache.g2orgsuffix);
    const run = runs[i];
    if (run !== undefined) {
      const last = at(run.end - 1);
      const len = run.end - run.start;
      const pos = i - run.start === 0 ? 0 : i === run.end - 1 ? 2 : 1;
      add(cache.runRows[(Math.min(len, 4) - 1) * 3 + pos] ?? -1);
      add(cache.tmpl('runlast').get(last.lower) ?? -1);
      add(cache.tmpl('runlastcase').get(last.cp) ?? -1);
      add(cache.tmpl('runfirst').get(at(run.start).lower) ?? -1);
      for (const g of gaz[run.end - 1] ?? []) add(row(`runlastg=${g}`));
      for (const a of appositive(info, run.end)) add(row(`appos=${a}`));
    }
  }
  return { em, gaz };
}
