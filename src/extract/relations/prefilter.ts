// Rule prefilter: literal text a rule's regex cannot match without, read from the regex's own syntax tree.
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast';
import { patternSource, RULE_FLAGS } from './template.js';

/**
 * What a text must contain for a regex to match in it, as clauses: each clause is a list of lower-case
 * ASCII strings, one of which occurs in the text (ASCII letters in any case). `[["acquired", "bought"],
 * [" stake in "]]` for a rule reading "(acquired|bought) … stake in". No clause: the regex always runs.
 */
export type Clauses = string[][];

/** More strings than this in one literal set ("(a|b) (c|d)" gives four) ends the set there. */
const MAX_STRINGS = 64;
/** Clauses kept per regex, the most selective first: each costs substring tests per sentence. */
const MAX_CLAUSES = 3;
/** A string shorter than this is in nearly every sentence and filters nothing. */
const MIN_LENGTH = 3;

/** What a node of the syntax tree requires. */
export interface Need {
  /** Every string the node can match, lower-cased; undefined unless a small finite set of ASCII. */
  exact?: string[];
  /** Clauses every match of the node satisfies. */
  clauses: Clauses;
}

const NONE: Need = { clauses: [] };
const EMPTY: Need = { exact: [''], clauses: [] };

/**
 * The clauses of a regex. Only mandatory literal text counts: anything under `?`, `*` or `{0,n}`,
 * inside a negative lookaround, or in an alternation one of whose branches requires nothing, is left
 * out; so are non-ASCII characters (see caseSafe).
 */
export function requiredLiterals(regex: RegExp): Clauses {
  if (!caseSafe(regex.flags)) return [];
  return finish(analyse(regex.source, new Map(), parse));
}

/** A rule pattern as compilePattern compiles it. */
export interface RulePattern {
  pattern: string;
  greedyGap: boolean;
}

/**
 * The clauses of rule patterns, each the same as requiredLiterals of the compiled regex, read faster:
 * each distinct macro expansion (a title, a gap, a list of names) is parsed once for all rules, and a
 * pattern compiled twice (a lazy and a greedy gap) once for both.
 */
export function ruleLiterals(patterns: readonly RulePattern[]): Clauses[] {
  if (!caseSafe(RULE_FLAGS)) return patterns.map(() => []);
  const needs = new Map<string, Need>();
  // Why: the lazy and greedy compilations of a pattern are adjacent and share one skeleton.
  let lastSource: string | undefined;
  let lastTree: Alternative[] = [];
  const parseLast = (source: string): Alternative[] => {
    if (source !== lastSource) {
      lastTree = parse(source);
      lastSource = source;
    }
    return lastTree;
  };
  return patterns.map(({ pattern, greedyGap }) => {
    // Why: each expansion becomes one private-use character inside the macro's group; a pattern that
    // already holds such characters is read whole.
    if (/[\uE000-\uF8FF]/.test(pattern))
      return finish(analyse(patternSource(pattern, greedyGap), needs, parse));
    const bodies: string[] = [];
    const skeleton = patternSource(pattern, greedyGap, (body) => {
      let i = bodies.indexOf(body);
      if (i < 0) i = bodies.push(body) - 1;
      return String.fromCharCode(0xe000 + i);
    });
    return finish(analyse(skeleton, needs, parseLast, bodies));
  });
}

/**
 * Whether folding ASCII letters reproduces the regex's matching of its literals. Without the u or v
 * flag, case-insensitive matching never pairs a non-ASCII character with an ASCII one, and ASCII
 * literals are all this module reads; with u or v it pairs "ſ" with "s".
 */
function caseSafe(flags: string): boolean {
  return !/[uv]/.test(flags);
}

/** The syntax tree of a regex source without the u or v flag: its top-level alternatives. */
function parse(source: string): Alternative[] {
  return new RegExpParser().parsePattern(source, 0, source.length, { unicode: false }).alternatives;
}

/**
 * Read what a source requires; `bodies[i]` stands behind private-use character i.
 * @param needs macro expansion → what it requires
 */
function analyse(
  source: string,
  needs: Map<string, Need>,
  parseSource: (source: string) => Alternative[],
  bodies: string[] = [],
): Need {
  return disjunction(parseSource(source), (code) => {
    const body = bodies[code - 0xe000];
    if (body === undefined) return undefined;
    let need = needs.get(body);
    if (!need) {
      need = analyse(body, needs, parse);
      needs.set(body, need);
    }
    return need;
  });
}

/** Stand-in characters for macro expansions: a character code → what the expansion requires. */
type Expansion = (code: number) => Need | undefined;

/** The clauses kept for a regex, each without redundant strings. */
function finish(need: Need): Clauses {
  return keep(clausesOf(need)).map(minimalClause);
}

/**
 * The clauses worth testing, best first: the MAX_CLAUSES most selective of those long enough to filter.
 * Keeping only these at every level of the tree keeps the best clauses of the whole regex.
 */
function keep(clauses: Clauses): Clauses {
  const ranked: Array<{ clause: string[]; score: number }> = [];
  for (const clause of clauses) {
    const value = score(clause);
    if (value >= MIN_LENGTH * 1000 - clause.length) ranked.push({ clause, score: value });
  }
  if (ranked.length <= 1) return ranked.map((r) => r.clause);
  // Why: the sort is stable, so equal scores keep the tree's order and the result is deterministic.
  ranked.sort((x, y) => y.score - x.score);
  const kept: Clauses = [];
  for (const { clause } of ranked) {
    if (kept.length === MAX_CLAUSES) break;
    if (!kept.some((k) => k.length === clause.length && k.every((s, i) => s === clause[i])))
      kept.push(clause);
  }
  return kept;
}

const minimalClauses = new Map<string, string[]>();

/** A clause without the strings that contain another of its strings ("with " covers "employed with "). */
function minimalClause(clause: string[]): string[] {
  const key = clause.join('\u0000');
  let kept = minimalClauses.get(key);
  if (!kept) {
    const unique = [...new Set(clause)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    kept = [];
    for (const s of unique) if (!kept.some((k) => s.includes(k))) kept.push(s);
    kept.sort();
    minimalClauses.set(key, kept);
  }
  return kept;
}

/** How selective a clause is: its shortest string's length (long strings are rare), then fewer strings. */
function score(clause: string[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const s of clause) if (s.length < min) min = s.length;
  return min * 1000 - clause.length;
}

/** A need's clauses, its exact set counted as one when it cannot be empty. */
function clausesOf(need: Need): Clauses {
  return need.exact?.every((s) => s !== '') ? [need.exact, ...need.clauses] : need.clauses;
}

/** Alternatives: a match takes one of them, so a clause holds when it joins one clause of each branch. */
function disjunction(alternatives: readonly Alternative[], expansion: Expansion): Need {
  if (alternatives.length === 1) return sequence(alternatives[0]!.elements, expansion);
  const needs = alternatives.map((a) => sequence(a.elements, expansion));
  let exact: string[] | undefined = [];
  for (const n of needs) {
    if (!n.exact || exact.length + n.exact.length > MAX_STRINGS) {
      exact = undefined;
      break;
    }
    exact.push(...n.exact);
  }
  // Why: a plain set of strings joins its neighbours in the sequence around it, which says more.
  if (exact) return { exact, clauses: [] };
  const union: string[] = [];
  for (const n of needs) {
    const best = keep(clausesOf(n))[0];
    if (!best) return NONE;
    union.push(...best);
  }
  return { clauses: [union] };
}

/**
 * Elements one after another: adjacent plain parts join into longer strings ("chief" + " executive"),
 * every part adds its own clauses.
 */
function sequence(elements: readonly Element[], expansion: Expansion): Need {
  const clauses: Clauses = [];
  // Why: the strings so far are `heads`, each followed by `suffix`: a plain character then costs one
  // append, not one per head.
  let heads = [''];
  let suffix = '';
  let whole = true;
  const joined = (): string[] => (suffix === '' ? heads : heads.map((h) => h + suffix));
  const flush = (): void => {
    const run = joined();
    if (run.every((s) => s !== '')) clauses.push(run);
    heads = [''];
    suffix = '';
  };
  for (const element of elements) {
    if (element.type === 'Character' && element.value < 128) {
      suffix += String.fromCharCode(element.value).toLowerCase();
      continue;
    }
    const need = atom(element, expansion);
    const tail = need.exact;
    if (!tail) {
      flush();
      whole = false;
    } else if (heads.length * tail.length <= MAX_STRINGS) {
      const run = joined();
      heads = tail.length === 1 ? run.map((a) => a + tail[0]) : run.flatMap((a) => tail.map((b) => a + b));
      suffix = '';
    } else {
      flush();
      heads = [...tail];
      whole = false;
    }
    for (const c of need.clauses) clauses.push(c);
  }
  if (whole) return { exact: [...new Set(joined())], clauses: keep(clauses) };
  flush();
  return { clauses: keep(clauses) };
}

/** One element of a sequence. */
function atom(node: Node, expansion: Expansion): Need {
  switch (node.type) {
    case 'Character':
      return node.value < 128
        ? { exact: [String.fromCharCode(node.value).toLowerCase()], clauses: [] }
        : NONE;
    case 'CharacterClass': {
      if (node.negate) return NONE;
      const chars: string[] = [];
      for (const e of node.elements) {
        if (e.type !== 'Character' || e.value >= 128) return NONE;
        chars.push(String.fromCharCode(e.value).toLowerCase());
      }
      return chars.length > 0 && chars.length <= 8 ? { exact: [...new Set(chars)], clauses: [] } : NONE;
    }
    case 'Group':
    case 'CapturingGroup': {
      const only = node.alternatives.length === 1 ? node.alternatives[0]!.elements : [];
      const stand =
        only.length === 1 && only[0]!.type === 'Character' ? expansion(only[0]!.value) : undefined;
      // Why: a modifier group ("(?-i:…)") may switch case-insensitivity; lower-cased literals hold
      // either way (a case-sensitive match is also a case-insensitive one).
      return stand ?? disjunction(node.alternatives, expansion);
    }
    case 'Assertion':
      // Why: a zero-width assertion consumes nothing, so the text on either side stays adjacent; a
      // positive lookaround's text is in the subject too, though not next to its neighbours.
      if (node.kind !== 'lookahead' && node.kind !== 'lookbehind') return EMPTY;
      return node.negate ? NONE : { clauses: clausesOf(disjunction(node.alternatives, expansion)) };
    case 'Quantifier': {
      const inner = atom(node.element, expansion);
      if (node.min === 0)
        return node.max === 1 && inner.exact ? { exact: ['', ...inner.exact], clauses: [] } : NONE;
      if (node.min === 1 && node.max === 1) return inner;
      return { clauses: clausesOf(inner) };
    }
    default:
      return NONE;
  }
}

/**
 * The rules' clauses over one text at a time: `scan` finds every clause string in the text in one pass
 * (a trie walked from each position, ASCII letters folded as a case-insensitive regex folds them), then
 * `mayMatch(i)` says whether regex i can match there.
 */
export class LiteralScan {
  /** Character code → trie column + 1 (0: no string has the character). */
  private readonly columns = new Uint8Array(128);
  private readonly width: number;
  /** Trie edges: node * width + column → child node (0: none; node 0 is the root). */
  private readonly table: Int32Array;
  /** The string ending at each node, or -1. */
  private readonly ends: Int32Array;
  /** Each regex's clauses, as clause ids. */
  private readonly ruleClauses: number[][];
  /** Each clause's strings, as string ids. */
  private readonly clauseStrings: number[][] = [];
  /** Scan number in which each string was last seen. */
  private readonly seen: Uint32Array;
  /** Scan number in which each clause was last decided, and whether it held. */
  private readonly decided: Uint32Array;
  private readonly holds: Uint8Array;
  private stamp = 0;

  /** @param clauses each regex's clauses (requiredLiterals), in the order mayMatch will be asked */
  constructor(clauses: readonly Clauses[]) {
    const strings = new Map<string, number>();
    const clauseIds = new Map<string, number>();
    this.ruleClauses = clauses.map((rule) =>
      rule.map((clause) => {
        const key = clause.join('\u0000');
        let id = clauseIds.get(key);
        if (id === undefined) {
          id =
            this.clauseStrings.push(
              clause.map((s) => strings.get(s) ?? strings.set(s, strings.size).size - 1),
            ) - 1;
          clauseIds.set(key, id);
        }
        return id;
      }),
    );
    let width = 0;
    for (const s of strings.keys())
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 128 || (c >= 65 && c <= 90)) throw new Error(`LiteralScan: not lower-case ASCII: ${s}`);
        if (this.columns[c] === 0) this.columns[c] = ++width;
      }
    this.width = width;
    // Why: a string adds at most one node per character, so the table is sized once, never grown.
    let chars = 0;
    for (const s of strings.keys()) chars += s.length;
    const table = new Int32Array((chars + 1) * width);
    const ends = new Int32Array(chars + 1).fill(-1);
    let nodes = 1;
    for (const [s, id] of strings) {
      let node = 0;
      for (let i = 0; i < s.length; i++) {
        const edge = node * width + this.columns[s.charCodeAt(i)]! - 1;
        if (table[edge] === 0) table[edge] = nodes++;
        node = table[edge]!;
      }
      ends[node] = id;
    }
    this.table = table.slice(0, nodes * width);
    this.ends = ends.slice(0, nodes);
    this.seen = new Uint32Array(strings.size);
    this.decided = new Uint32Array(this.clauseStrings.length);
    this.holds = new Uint8Array(this.clauseStrings.length);
  }

  /** Read a text: afterwards mayMatch answers for it. */
  scan(text: string): void {
    const stamp = ++this.stamp;
    const { columns, width, table, ends, seen } = this;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let node = 0;
      for (let j = i; j < n; j++) {
        let c = text.charCodeAt(j);
        if (c >= 65 && c <= 90) c += 32;
        else if (c >= 128) break;
        const column = columns[c]!;
        if (column === 0) break;
        node = table[node * width + column - 1]!;
        if (node === 0) break;
        const end = ends[node]!;
        if (end >= 0) seen[end] = stamp;
      }
    }
  }

  /** Whether regex `i` can match in the text last scanned: every clause has a string in it. */
  mayMatch(i: number): boolean {
    const stamp = this.stamp;
    for (const clause of this.ruleClauses[i]!) {
      if (this.decided[clause] !== stamp) {
        this.decided[clause] = stamp;
        this.holds[clause] = this.clauseStrings[clause]!.some((s) => this.seen[s] === stamp) ? 1 : 0;
      }
      if (this.holds[clause] === 0) return false;
    }
    return true;
  }
}
