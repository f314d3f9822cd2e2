// Features of an ordered mention pair (subject, object) in one sentence, as strings for a linear model.
import type { Mention } from '../../../types.js';
import { gazetteer } from '../../lexicons/gazetteer.js';
import { ROLE_WORDS } from '../../lexicons/titles.js';
import { type PairToken, stemWord } from './tokens.js';
import { wordClass } from './word-classes.js';

/** Bump when features change: weights trained for another version are refused. */
export const FEATURE_VERSION = 3;

/** Everything the features of one sentence's pairs look at. */
export interface SentenceContext {
  tokens: readonly PairToken[];
  /** Mention index → its token position. */
  position: ReadonlyMap<number, number>;
  mentions: readonly Mention[];
  /** `${subjectId}|${objectId}` → ids of the rules that produced a relation for that ordered pair. */
  ruleIds: ReadonlyMap<string, readonly string[]>;
  /** Mention ids that take part in some rule relation. */
  ruleMentions: ReadonlySet<string>;
}

const CODE: Record<Mention['type'], string> = { Person: 'P', Organization: 'O', Place: 'L', Date: 'D' };

let roleStems: Set<string> | undefined;
/** Stems of every word of the title lexicon that is a role ("president", "chief", "officer"). */
function roles(): Set<string> {
  roleStems ??= new Set(
    ROLE_WORDS.flatMap((r) => r.split(/\s+/))
      .filter((w) => !['of', 'the', 'board', 'member'].includes(w))
      .map(stemWord),
  );
  return roleStems;
}

/** True when a token's stem is a role word of the title lexicon ("chief", "president"). */
export function isRoleStem(norm: string): boolean {
  return roles().has(norm);
}

/** Words kept as themselves in the punctuation pattern; every other word becomes `w`. */
const PATTERN_WORDS = new Set([
  'of',
  'at',
  'in',
  'a',
  'an',
  'the',
  "'s",
  '’s',
  'based',
  'for',
  'from',
  'and',
  'with',
  'by',
  'to',
  'on',
  'near',
  'who',
  'be',
  'said',
  'say',
]);

const PREPOSITIONS = new Set(['of', 'at', 'in', 'based', 'for', 'from', 'with', 'by', 'near', 'on', 'to']);

function distanceBucket(n: number): string {
  if (n <= 3) return String(n);
  if (n <= 5) return '4-5';
  if (n <= 8) return '6-8';
  if (n <= 12) return '9-12';
  if (n <= 20) return '13-20';
  return '21+';
}

function placeKind(m: Mention): string {
  if (m.type !== 'Place') return '-';
  return gazetteer().places.get(m.canonical ?? m.text)?.kind ?? 'unknown';
}

/** The punctuation/function-word shape of the tokens between the two mentions (", a w of"). */
function shapeOf(between: readonly PairToken[]): string {
  const parts: string[] = [];
  for (const t of between) {
    const isWord = /[\p{L}\p{N}]/u.test(t.norm) && t.mention === undefined;
    const part = isWord && !PATTERN_WORDS.has(t.norm) ? 'w' : t.norm;
    if (part === 'w' && parts.at(-1) === 'w') continue;
    parts.push(part);
    if (parts.length > 8) return 'long';
  }
  return parts.join(' ');
}

/**
 * Features of the ordered pair (subject `s`, object `o`), both mention indexes with token positions.
 * Contextual features appear twice: prefixed by the argument order, and by types plus order, so the
 * model can share evidence across types yet learn type-specific cues.
 */
export function pairFeatures(ctx: SentenceContext, s: number, o: number): string[] {
  const prefixes = pairPrefixes(ctx, s, o);
  if (prefixes === undefined) return [];
  const ctxFeatures: string[] = [];
  visitPairFeatures(ctx, s, o, (kind, value) => {
    ctxFeatures.push(kind + value);
  });
  const { dir, tp } = prefixes;
  const out = ['bias', `tp=${tp}`];
  for (const f of ctxFeatures) {
    out.push(`${dir}|${f}`, `${tp}|${f}`);
  }
  return out;
}

/** The two prefixes of a pair's contextual features: argument order, and types plus order. */
export interface PairPrefixes {
  /** '>' when the subject comes first, else '<'. */
  dir: string;
  /** Type codes plus order ("PO>"). */
  tp: string;
}

/** The prefixes of the ordered pair (`s`, `o`); undefined when a mention or its position is unknown. */
export function pairPrefixes(ctx: SentenceContext, s: number, o: number): PairPrefixes | undefined {
  const sm = ctx.mentions[s];
  const om = ctx.mentions[o];
  const sp = ctx.position.get(s);
  const op = ctx.position.get(o);
  if (sm === undefined || om === undefined || sp === undefined || op === undefined) return undefined;
  const dir = sp < op ? '>' : '<';
  return { dir, tp: `${CODE[sm.type]}${CODE[om.type]}${dir}` };
}

/**
 * The contextual features of the ordered pair (`s`, `o`) without their prefixes, passed one by one to
 * `add` in the order `pairFeatures` lists them (nothing for an unknown pair), each as its kind (the
 * name up to and including its only '=', or the whole name when it has none) and its value (after the
 * '=', or ''): feature f is `kind + value`. `pairFeatures(ctx, s, o)` is `['bias', 'tp=' + tp]` then,
 * per feature f, `dir|f` and `tp|f`.
 * Why: scoring looks each one up under both prefixes by kind, then by value (mostly a token's string,
 * already hashed) without building the feature strings or the array (see `scorePairInContext`).
 */
export function visitPairFeatures(
  ctx: SentenceContext,
  s: number,
  o: number,
  add: (kind: string, value: string) => void,
): void {
  const sm = ctx.mentions[s];
  const om = ctx.mentions[o];
  const sp = ctx.position.get(s);
  const op = ctx.position.get(o);
  if (sm === undefined || om === undefined || sp === undefined || op === undefined) return;
  const [a, b] = sp < op ? [sp, op] : [op, sp];
  const { tokens } = ctx;
  const between = tokens.slice(a + 1, b);
  const words = between.map((t) => t.norm);

  add('d=', distanceBucket(between.length));
  const midMentions = between.filter((t) => t.mention !== undefined).map((t) => t.norm);
  add('nm=', `${Math.min(midMentions.length, 3)}`);
  for (const w of new Set(words)) add('bw=', w);
  for (let i = 0; i + 1 < words.length; i++) add('bb=', `${words[i]}_${words[i + 1]}`);
  add('bf=', words[0] ?? '∅');
  add('bl=', words.at(-1) ?? '∅');
  if (words.length <= 5) add('bs=', words.join(' '));
  add('pat=', shapeOf(between));
  add('pre1=', tokens[a - 1]?.norm ?? '^');
  add('pre2=', `${tokens[a - 2]?.norm ?? '^'}_${tokens[a - 1]?.norm ?? '^'}`);
  add('post1=', tokens[b + 1]?.norm ?? '$');
  add('post2=', `${tokens[b + 1]?.norm ?? '$'}_${tokens[b + 2]?.norm ?? '$'}`);
  for (let i = Math.max(0, a - 4); i < a; i++) add('lw=', `${tokens[i]?.norm}`);
  for (let i = b + 1; i < Math.min(tokens.length, b + 5); i++) add('rw=', `${tokens[i]?.norm}`);
  add('s-1=', tokens[sp - 1]?.norm ?? '^');
  add('s+1=', tokens[sp + 1]?.norm ?? '$');
  add('o-1=', tokens[op - 1]?.norm ?? '^');
  add('o+1=', tokens[op + 1]?.norm ?? '$');

  // Why: cue families ("headquarter", "based" → hq) generalise where the words themselves are rare;
  // measured by out-of-fold F1 (docs/relations-model.md).
  const families = new Set<string>();
  for (const w of words) {
    const c = wordClass(w);
    if (c !== undefined && !families.has(c)) {
      families.add(c);
      add('bc=', c);
    }
  }
  if (families.size === 0) add('bc=', '∅');
  for (let i = Math.max(0, a - 4); i < a; i++) {
    const c = wordClass(tokens[i]?.norm ?? '');
    if (c !== undefined) add('lc=', c);
  }
  for (let i = b + 1; i < Math.min(tokens.length, b + 5); i++) {
    const c = wordClass(tokens[i]?.norm ?? '');
    if (c !== undefined) add('rc=', c);
  }
  const roleSet = roles();
  if (words.some((w) => roleSet.has(w))) add('role-between', '');
  for (let i = Math.max(0, sp - 3); i <= Math.min(tokens.length - 1, sp + 3); i++) {
    if (i !== sp && roleSet.has(tokens[i]?.norm ?? '')) add('role-near-s', '');
  }
  for (const w of words) if (PREPOSITIONS.has(w)) add('prep=', w);
  if (words.includes('"') || words.includes('(')) add('quote-or-paren', '');

  const ks = placeKind(sm);
  const ko = placeKind(om);
  add('gk=', `${ks}>${ko}`);
  // Why: no place names and no organization head words as features: they memorise the training
  // entities (out-of-fold F1 and log-loss better without them); the gazetteer kind above generalises.
  add('src=', `${sm.source ?? '-'}>${om.source ?? '-'}`);

  // Why: a person lives in, and an organization is based in, the NEAREST place more often than not.
  const between2 = (t: PairToken): boolean => t.mention !== undefined;
  if (!between.some((t) => between2(t) && t.norm === tokens[op]?.norm)) add('o-nearest-of-type', '');
  if (!between.some((t) => between2(t) && t.norm === tokens[sp]?.norm)) add('s-nearest-of-type', '');

  for (const id of ctx.ruleIds.get(`${sm.id}|${om.id}`) ?? []) add('rule=', id);
  if (ctx.ruleIds.has(`${om.id}|${sm.id}`)) add('rule-reversed', '');
  if (ctx.ruleMentions.has(sm.id)) add('rule-s-other', '');
  if (ctx.ruleMentions.has(om.id)) add('rule-o-other', '');
}
