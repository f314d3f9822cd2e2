// Scoring a pair straight from its sentence context: the same sums as scorePair(pairFeatures(...)), less garbage.
import { pairPrefixes, type SentenceContext, visitPairFeatures } from './features.js';
import { type RelationModel, softmax } from './model.js';

type Rows = ReadonlyMap<string, number>;
type KindIndex = ReadonlyMap<string, Rows>;
const NO_KINDS: KindIndex = new Map();

/**
 * A model's feature index as prefix ('>', 'PO>') → kind ('bw=', 'role-between') → value → row: each
 * name split at its first '|' (a prefix never contains one), the rest after its first '=' (a kind
 * holds only its final '='), or with value '' when it has no '='. So for every feature f = kind + value
 * of `visitPairFeatures`, `index.get(`${prefix}|${f}`)` is `split.get(prefix)?.get(kind)?.get(value)`.
 */
type PrefixIndex = ReadonlyMap<string, KindIndex>;

const prefixIndexes = new WeakMap<ReadonlyMap<string, number>, PrefixIndex>();

function prefixIndex(featureIndex: ReadonlyMap<string, number>): PrefixIndex {
  const hit = prefixIndexes.get(featureIndex);
  if (hit !== undefined) return hit;
  const by = new Map<string, Map<string, Map<string, number>>>();
  for (const [name, row] of featureIndex) {
    const bar = name.indexOf('|');
    if (bar < 0) continue;
    const prefix = name.slice(0, bar);
    const eq = name.indexOf('=', bar + 1);
    const kind = eq < 0 ? name.slice(bar + 1) : name.slice(bar + 1, eq + 1);
    const value = eq < 0 ? '' : name.slice(eq + 1);
    let kinds = by.get(prefix);
    if (kinds === undefined) {
      kinds = new Map();
      by.set(prefix, kinds);
    }
    let values = kinds.get(kind);
    if (values === undefined) {
      values = new Map();
      kinds.set(kind, values);
    }
    values.set(value, row);
  }
  prefixIndexes.set(featureIndex, by);
  return by;
}

/**
 * Class probabilities of the ordered pair (`s`, `o`) of `ctx`: bit-identical to
 * `scorePair(model, pairFeatures(ctx, s, o), valid, temperature)`.
 * Why: a document's pairs used to be materialised with ~80 prefixed feature strings each before any
 * was scored; here most features are looked up by strings that already exist (kind literals, token
 * texts), and the rest are built once and dropped.
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
  const dirKinds = split.get(prefixes.dir) ?? NO_KINDS;
  const tpKinds = split.get(prefixes.tp) ?? NO_KINDS;
  visitPairFeatures(ctx, s, o, (kind, value) => {
    addRow(dirKinds.get(kind)?.get(value));
    addRow(tpKinds.get(kind)?.get(value));
  });
  return softmax(scores, valid, temperature);
}
