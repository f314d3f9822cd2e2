// Rule prefilter: literal text a rule's regex cannot match without, read from the regex's own syntax tree.
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast';
import { patternSource, RULE_FLAGS } from './template.js';

/**
 * What a text must contain for a regex to match in it, as clauses: each clause is a list of lower-case
 * strings, one of which occurs in the lower-cased text. `[["acquired", "bought"], [" stake in "]]` for
 * a rule reading "(acquired|bought) … stake in". No clause: the regex always runs.
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
  return finish(analyse(regex.source, new Map()));
}

/**
 * The clauses of a rule pattern compiled as compilePattern compiles it: the same as requiredLiterals
 * of the compiled regex, with each distinct macro expansion (a title, a gap, a list of names) parsed
 * once for all rules instead of once per rule.
 * @param cache macro expansion → what it requires, shared across the rules of one table
 */
export function patternLiterals(pattern: string, greedyGap: boolean, cache: Map<string, Need>): Clauses {
  if (!caseSafe(RULE_FLAGS)) return [];
  const bodies: string[] = [];
  // Why: each expansion becomes one private-use character inside the macro's group; a pattern that
  // already holds such characters is read whole.
  if (/[\uE000-\uF8FF]/.test(pattern)) return finish(analyse(patternSource(pattern, greedyGap), cache));
  const skeleton = patternSource(pattern, greedyGap, (body) => {
    let i = bodies.indexOf(body);
    if (i < 0) i = bodies.push(body) - 1;
    return String.fromCharCode(0xe000 + i);
  });
  return finish(analyse(skeleton, cache, bodies));
}

/**
 * Whether lower-casing text and literals reproduces the regex's matching. Without the u or v flag,
 * case-insensitive matching never pairs a non-ASCII character with an ASCII one, and ASCII literals
 * are all this module reads; with u or v it folds "ſ" onto "s", which lower-casing does not.
 */
function caseSafe(flags: string): boolean {
  return !/[uv]/.test(flags);
}

/** Parse a source and read what it requires; `bodies[i]` stands behind private-use character i. */
function analyse(source: string, cache: Map<string, Need>, bodies: string[] = []): Need {
  const parser = new RegExpParser();
  const read = (src: string, expansions: string[]): Need => {
    const pattern = parser.parsePattern(src, 0, src.length, { unicode: false, unicodeSets: false });
    return disjunction(pattern.alternatives, (code) => {
      const body = expansions[code - 0xe000];
      if (body === undefined) return undefined;
      let need = cache.get(body);
      if (!need) {
        need = read(body, []);
        cache.set(body, need);
      }
      return need;
    });
  };
  return read(source, bodies);
}

/** Stand-in characters for macro expansions: a character code → what the expansion requires. */
type Expansion = (code: number) => Need | undefined;

/** The clauses kept for a regex: long enough to filter, each without redundant strings, best first. */
function finish(need: Need): Clauses {
  return clausesOf(need)
    .filter((c) => c.every((s) => s.length >= MIN_LENGTH))
    .map(minimalClause)
    .sort((a, b) => score(b) - score(a) || a.join('|').localeCompare(b.join('|')))
    .slice(0, MAX_CLAUSES);
}

/** A clause without the strings that contain another of its strings ("with " covers "employed with "). */
function minimalClause(clause: string[]): string[] {
  const unique = [...new Set(clause)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const s of unique) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept.sort();
}

/** How selective a clause is: its shortest string's length (long strings are rare), then fewer strings. */
function score(clause: string[]): number {
  return Math.min(...clause.map((s) => s.length)) * 1000 - clause.length;
}

/** A need's clauses, its exact set counted as one when it cannot be empty. */
function clausesOf(need: Need): Clauses {
  return need.exact?.every((s) => s !== '') ? [need.exact, ...need.clauses] : need.clauses;
}

/** Alternatives: a match takes one of them, so a clause holds when it joins one clause of each branch. */
function disjunction(alternatives: readonly Alternative[], expansion: Expansion): Need {
  const needs = alternatives.map((a) => sequence(a.elements, expansion));
  if (needs.length === 1) return needs[0]!;
  let exact: string[] | undefined = [];
  for (const n of needs) {
    if (!n.exact || exact.length + n.exact.length > MAX_STRINGS) {
      exact = undefined;
      break;
    }
    exact.push(...n.exact);
  }
  const union: string[] = [];
  for (const n of needs) {
    let best: string[] | undefined;
    for (const c of clausesOf(n)) if (!best || score(c) > score(best)) best = c;
    if (!best) return exact ? { exact, clauses: [] } : NONE;
    union.push(...best);
  }
  return exact ? { exact, clauses: [union] } : { clauses: [union] };
}

/**
 * Elements one after another: adjacent plain parts join into longer strings ("chief" + " executive"),
 * every part adds its own clauses.
 */
function sequence(elements: readonly Element[], expansion: Expansion): Need {
  const clauses: Clauses = [];
  let run = [''];
  let whole = true;
  const flush = (): void => {
    if (run.every((s) => s !== '')) clauses.push(run);
    run = [''];
  };
  for (const element of elements) {
    const need = atom(element, expansion);
    const tail = need.exact;
    if (!tail) {
      flush();
      whole = false;
    } else if (run.length === 1 && tail.length === 1) run = [run[0]! + tail[0]!];
    else if (run.length * tail.length <= MAX_STRINGS) run = run.flatMap((a) => tail.map((b) => a + b));
    else {
      flush();
      run = tail;
      whole = false;
    }
    clauses.push(...need.clauses);
  }
  if (whole) return { exact: [...new Set(run)], clauses };
  flush();
  return { clauses };
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
  /** Trie edges: node * 128 + character code → child node (node 0 is the root). */
  private readonly edges = new Map<number, number>();
  /** The string ending at each node, or -1. */
  private readonly ends: number[] = [-1];
  /** Each regex's clauses, as clause ids. */
  private readonly ruleClauses: number[][];
  /** Each clause's strings, as string ids. */
  private readonly clauseStrings: number[][] = [];
  /** Scan number in which each string was last seen. */
  private readonly seen: Uint32Array;
  /** Scan number in which each clause was last decided, and how. */
  private readonly decided: Uint32Array;
  private readonly holds: Uint8Array;
  private stamp = 0;

  /** @param clauses each regex's clauses (requiredLiterals), in the order mayMatch will be asked */
  constructor(clauses: readonly Clauses[]) {
    const strings = new Map<string, number>();
    const clauseIds = new Map<string, number>();
    const internString = (s: string): number => {
      let id = strings.get(s);
      if (id === undefined) {
        id = strings.size;
        strings.set(s, id);
        this.insert(s, id);
      }
      return id;
    };
    this.ruleClauses = clauses.map((rule) =>
      rule.map((clause) => {
        const key = clause.join('\u0000');
        let id = clauseIds.get(key);
        if (id === undefined) {
          id = this.clauseStrings.push(clause.map(internString)) - 1;
          clauseIds.set(key, id);
        }
        return id;
      }),
    );
    this.seen = new Uint32Array(strings.size);
    this.decided = new Uint32Array(this.clauseStrings.length);
    this.holds = new Uint8Array(this.clauseStrings.length);
  }

  private insert(s: string, id: number): void {
    let node = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128) throw new Error(`LiteralScan: non-ASCII literal ${JSON.stringify(s)}`);
      const key = node * 128 + c;
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.ends.push(-1) - 1;
        this.edges.set(key, next);
      }
      node = next;
    }
    this.ends[node] = id;
  }

  /** Read a text: afterwards mayMatch answers for it. */
  scan(text: string): void {
    const stamp = ++this.stamp;
    const { edges, ends, seen } = this;
    for (let i = 0; i < text.length; i++) {
      let node = 0;
      for (let j = i; j < text.length; j++) {
        let c = text.charCodeAt(j);
        if (c >= 65 && c <= 90) c += 32;
        else if (c >= 128) break;
        const next = edges.get(node * 128 + c);
        if (next === undefined) break;
        node = next;
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
