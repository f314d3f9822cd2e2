// Scoring a pair straight from its sentence context: the same sums as scorePair(pairFeatures(...)), less garbage.
import { pairPrefixes, type SentenceContext, visitPairFeatures } from './features.js';
import { type RelationModel, softmax } from './model.js';

const NO_ROWS: ReadonlyMap<string, number> = new Map();

/** A model's feature index split at each name's first '|': prefix ('>', 'PO>') → rest → row. */
type PrefixIndex = ReadonlyMap<string, ReadonlyMap<string, number>>;

const prefixIndexes = new WeakMap<ReadonlyMap<string, number>, PrefixIndex>();

/**
 * `featureIndex` by prefix. A prefix (argument order, or types plus order) never contains '|', so
 * `index.get(`${prefix}|${f}`)` is `split.get(prefix)?.get(f)` for every f.
 */
function prefixIndex(featureIndex: ReadonlyMap<string, number>): PrefixIndex {
  const hit = prefixIndexes.get(featureIndex);
  if (hit !== undefined) return hit;
  const by = new Map<string, Map<string, number>>();
  for (const [name, row] of featureIndex) {
    const bar = name.indexOf('|');
    if (bar < 0) continue;
    const prefix = name.slice(0, bar);
    let m = by.get(prefix);
    if (m === undefined) {
      m = new Map();
      by.set(prefix, m);
    }
    m.set(name.slice(bar + 1), row);
  }
  prefixIndexes.set(featureIndex, by);
  return by;
}

/**
 * Class probabilities of the ordered pair (`s`, `o`) of `ctx`: bit-identical to
 * `scorePair(model, pairFeatures(ctx, s, o), valid, temperature)`.
 * Why: a document's pairs used to be materialised with ~80 prefixed feature strings each before any
 * was scored; here each contextual feature is built once, looked up under both prefixes and dropped.
 * Weights are added in the same order as `scorePair` adds them, so the floating-point sums agree.
 */
export function scorePairInContext(
  model: Pick<RelationModel, 'classes' | 'featureIndex' | 'weights'>,
  ctx: SentenceContext,
  s: number,
  o: number,
  valid: readonly boolean[],
  temperature = 1,
): Float64Array {
  const C = model.classes.length;
  const scores = new Float64Array(C);
  const { weights } = model;
  const addRow = (row: number | undefined): void => {
    if (row === undefined) return;
    const off = row * C;
    for (let c = 0; c < C; c++) scores[c] = (scores[c] ?? 0) + (weights[off + c] ?? 0);
  };
  const prefixes = pairPrefixes(ctx, s, o);
  if (prefixes === undefined) return softmax(scores, valid, temperature);
  const split = prefixIndex(model.featureIndex);
  addRow(model.featureIndex.get('bias'));
  addRow(model.featureIndex.get(`tp=${prefixes.tp}`));
  const dirRows = split.get(prefixes.dir) ?? NO_ROWS;
  const tpRows = split.get(prefixes.tp) ?? NO_ROWS;
  visitPairFeatures(ctx, s, o, (f) => {
    addRow(dirRows.get(f));
    addRow(tpRows.get(f));
  });
  return softmax(scores, valid, temperature);
}
