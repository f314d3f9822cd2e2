// Relation extraction: run the rule tables over each sentence with its mentions replaced by markers.
import {
  type Mention,
  RELATION_SIGNATURES,
  RELATION_TYPES,
  type RelationMention,
  type RelationStatus,
  type RelationType,
  type Span,
} from '../../types.js';
import { gazetteer } from '../lexicons/gazetteer.js';
import { titleTypes } from '../lexicons/titles.js';
import CALIBRATION from '../rules/calibration.json' with { type: 'json' };
import { DEMONYM_NAME_RULE, demonymNamePairs } from '../rules/demonym-names.js';
import { RULES } from '../rules/index.js';
import type { RelationRule } from '../rules/types.js';
import { LiteralScan, ruleLiterals } from './prefilter.js';
import { detectStatus } from './status.js';
import { CLOSE, compilePattern, markerIndexes, OPEN } from './template.js';

const CODE: Record<Mention['type'], string> = { Organization: 'O', Person: 'P', Place: 'L', Date: 'D' };

/** Rule confidences measured on the dev sets (scripts/calibrate-rules.mjs); declared ones otherwise. */
function calibratedConfidence(rule: RelationRule): number {
  return (
    (CALIBRATION as Record<string, { confidence: number } | undefined>)[rule.id]?.confidence ??
    rule.confidence
  );
}

interface CompiledRule {
  rule: RelationRule;
  regex: RegExp;
  /** Whether {GAP} is greedy in this compilation. */
  greedy: boolean;
  /**
   * A greedy compilation that can match only where its lazy twin (the entry before it) matched: laziness
   * changes which match a start position gives, not whether it gives one. Not so with a backreference,
   * whose captured text can depend on the path taken.
   */
  followsTwin: boolean;
  /** Mentions of each kind the rule's arguments need in a sentence ([["O", 2]] for an Org–Org rule). */
  needs: Array<[kind: string, count: number]>;
}

/** How extractRelations runs. */
export interface ExtractRelationsOptions {
  /**
   * Skip a rule on a sentence that lacks its required literal text, and a greedy {GAP} compilation on a
   * sentence its lazy twin did not match (default true). The output is the same either way; false runs
   * every regex, as the oracle the prefilter is tested against.
   */
  prefilter?: boolean;
}

const MACRO_KIND: Record<string, string> = {
  ORG: 'O',
  ORGS: 'O',
  PER: 'P',
  PERS: 'P',
  LOC: 'L',
  LOCS: 'L',
  DATE: 'D',
};

/**
 * What a rule's captured arguments require: a capture that does not take part yields no relation, so a
 * sentence without enough mentions of those kinds cannot give the rule anything (most rules skip most
 * sentences this way).
 */
function argumentNeeds(rule: RelationRule): Array<[kind: string, count: number]> {
  const needs: Record<string, number> = {};
  const add = (kind: string | undefined, n = 1): void => {
    if (kind) needs[kind] = (needs[kind] ?? 0) + n;
  };
  const macro = (name: 's' | 'o'): string | undefined =>
    MACRO_KIND[new RegExp(`\\{${name}:([A-Z]+)\\}`).exec(rule.pattern)?.[1] ?? ''];
  if (rule.pairs) add(macro('s'), 2);
  else {
    add(macro('s'));
    add(macro('o'));
  }
  return Object.entries(needs);
}

let compiled: CompiledRule[] | undefined;
let literalScan: LiteralScan | undefined;

/** Rules compiled once per process. */
function compiledRules(): CompiledRule[] {
  // Why: a lazy {GAP} finds the nearest trigger and a greedy one the farthest ("a presence in Poland and
  // plans for a facility in Germany" gives both places); other rules compile once.
  compiled ??= RULES.flatMap((rule) => {
    const needs = argumentNeeds(rule);
    const variant = (greedy: boolean): CompiledRule => ({
      rule,
      regex: compilePattern(rule.pattern, greedy),
      greedy,
      followsTwin: greedy && !/\\k<|\\[1-9]/.test(rule.pattern),
      needs,
    });
    return rule.pattern.includes('{GAP}') ? [variant(false), variant(true)] : [variant(false)];
  });
  return compiled;
}

/** The literal text each compiled rule requires (prefilter.ts), in compiledRules' order. */
function rulePrefilter(): LiteralScan {
  literalScan ??= new LiteralScan(
    ruleLiterals(compiledRules().map(({ rule, greedy }) => ({ pattern: rule.pattern, greedyGap: greedy }))),
  );
  return literalScan;
}

/** Types that say more than another for the same pair: the more specific one wins. */
const LESS_SPECIFIC: Partial<Record<RelationType, RelationType[]>> = {
  SIGNED_MOU_WITH: ['AGREEMENT_WITH', 'PARTNERED_WITH'],
  JOINT_VENTURE_WITH: ['AGREEMENT_WITH', 'PARTNERED_WITH'],
  AGREEMENT_WITH: ['PARTNERED_WITH'],
  ACQUIRED: ['INVESTED_IN', 'MERGED_WITH', 'AGREEMENT_WITH', 'PARTNERED_WITH'],
  MERGED_WITH: ['AGREEMENT_WITH', 'PARTNERED_WITH'],
  SUBSIDIARY_OF: ['INVESTED_IN'],
  CEO_OF: ['WORKS_FOR', 'EXECUTIVE_OF'],
  PRESIDENT_OF: ['WORKS_FOR'],
  CHAIR_OF: ['WORKS_FOR', 'BOARD_MEMBER_OF'],
  FOUNDER_OF: ['WORKS_FOR'],
  EXECUTIVE_OF: ['WORKS_FOR'],
  BOARD_MEMBER_OF: ['WORKS_FOR'],
  BASED_IN: ['OPERATES_IN'],
};

/** Person → Organization roles: the relations that carry a title. */
const ORG_ROLES = new Set(
  RELATION_TYPES.filter(
    (t) => RELATION_SIGNATURES[t][0] === 'Person' && RELATION_SIGNATURES[t][1] === 'Organization',
  ),
);

/** "former", "ex-", "then-" before a name. */
const FORMER_WORD = /\b(?:former|ex-|then-)/gi;

/** Build the marked sentence: each mention inside `span` becomes ⟦<code><index>⟧. */
export function markSentence(text: string, span: Span, mentions: Mention[], indexes: number[]): string {
  let out = '';
  let pos = span.start;
  for (const i of indexes) {
    const m = mentions[i]!;
    if (m.start < pos) continue;
    out += text.slice(pos, m.start);
    out += `${OPEN}${CODE[m.type]}${i}${CLOSE}`;
    pos = m.end;
  }
  out += text.slice(pos, span.end);
  // Why: tokenised text ("Smith , president of Acme 's unit") reads like ordinary prose once joined.
  return (
    out
      .replace(/\s+/g, ' ')
      // Why: "Pa.-based": the place's mention stops before the abbreviation's period.
      .replaceAll(`${CLOSE}.-based`, `${CLOSE}-based`)
      .replace(/ ([,.;:!?%)]|'s\b|’s\b|n't\b)/g, '$1')
      .replace(/([($]) /g, '$1')
      .replace(/``|''/g, '"')
  );
}

function cleanTitle(title: string): string {
  return title
    .replace(/^(?:the|an?|its|their)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Gazetteer check for LOCATED_IN: a known city or state must not be placed in another country. */
function containmentPlausible(sub: Mention, obj: Mention): boolean {
  const places = gazetteer().places;
  const a = places.get(sub.canonical ?? sub.text);
  const b = places.get(obj.canonical ?? obj.text);
  if (!a || !b) return a?.kind !== 'country';
  if (a.kind === 'country' || a.kind === 'region') return false;
  if (b.kind === 'city') return false;
  // Why: the gazetteer cannot say which region holds a known city ("Shenzhen … in Europe"), and it
  // keeps one city per name, so "Paris, Texas" must stay possible: a known place goes into any state,
  // into its own country, never into a region.
  if (b.kind === 'region') return false;
  return b.kind === 'state' || a.country === b.country;
}

interface Found extends RelationMention {
  sentenceIndex: number;
}

function emit(
  out: Found[],
  rule: RelationRule,
  types: RelationType[],
  subject: Mention,
  object: Mention,
  status: RelationStatus,
  sentence: Span,
  sentenceIndex: number,
  title: string | undefined,
): void {
  if (subject.key && subject.key === object.key) return;
  for (const type of types) {
    const [st, ot] = RELATION_SIGNATURES[type];
    if (subject.type !== st || object.type !== ot) continue;
    if (type === 'LOCATED_IN' && !containmentPlausible(subject, object)) continue;
    const rel: Found = {
      type,
      subject: subject.id,
      object: object.id,
      status,
      rule: rule.id,
      confidence: calibratedConfidence(rule),
      sentence,
      sentenceIndex,
    };
    if (title && ORG_ROLES.has(type)) rel.title = title;
    out.push(rel);
  }
}

/**
 * Apply every rule to every sentence. `mentions` must be sorted by offset with ids set; returns
 * relations between mention ids, de-duplicated, most specific type per pair.
 */
export function extractRelations(
  text: string,
  sentences: Span[],
  mentions: Mention[],
  options: ExtractRelationsOptions = {},
): RelationMention[] {
  const scan = (options.prefilter ?? true) ? rulePrefilter() : undefined;
  const found: Found[] = [];
  let cursor = 0;
  sentences.forEach((sentence, sentenceIndex) => {
    const indexes: number[] = [];
    while (cursor < mentions.length && mentions[cursor]!.start < sentence.start) cursor++;
    for (let i = cursor; i < mentions.length && mentions[i]!.start < sentence.end; i++) indexes.push(i);
    if (indexes.length < 2) return;
    const inSentence = indexes.map((i) => mentions[i]!);
    for (const [org, place] of demonymNamePairs(
      inSentence,
      text.slice(sentence.start, sentence.end),
      sentence.start,
    ))
      emit(found, DEMONYM_NAME_RULE, ['BASED_IN'], org, place, 'current', sentence, sentenceIndex, undefined);
    const original = markSentence(text, sentence, mentions, indexes);
    const present: Record<string, number> = {};
    for (const i of indexes) {
      const kind = CODE[mentions[i]!.type];
      present[kind] = (present[kind] ?? 0) + 1;
    }
    const asides = appositives(original);
    // Why: "⟦O1⟧, a unit of ⟦O2⟧, inked a deal with ⟦O3⟧": the clause is about ⟦O1⟧. The sentence is
    // also read without its appositives, and no fact may run from inside one past its closing comma.
    const variants = asides.length > 0 ? [original, withoutRanges(original, asides)] : [original];
    for (const [variant, marked] of variants.entries()) {
      // Why: most rules need a word the sentence lacks ("acquired", "chief executive"); testing for it
      // is far cheaper than running the regex. Each variant is its own text: cutting an appositive out
      // joins words that were apart.
      scan?.scan(marked);
      const rules = compiledRules();
      let lazyMatched = false;
      for (let ruleIndex = 0; ruleIndex < rules.length; ruleIndex++) {
        const { rule, regex, greedy, followsTwin, needs } = rules[ruleIndex]!;
        if (scan && followsTwin && !lazyMatched) continue;
        if (!greedy) lazyMatched = false;
        if (needs.some(([kind, n]) => (present[kind] ?? 0) < n)) continue;
        if (scan && !scan.mayMatch(ruleIndex)) continue;
        regex.lastIndex = 0;
        for (let m = regex.exec(marked); m; m = regex.exec(marked)) {
          if (!greedy) lazyMatched = true;
          regex.lastIndex = m.index + 1;
          const groups = m.groups ?? {};
          if (variant === 0 && crossesAppositive(m, asides)) continue;
          const subjects = markerIndexes(groups.s ?? '').map((i) => mentions[i]!);
          const objects = markerIndexes(groups.o ?? '').map((i) => mentions[i]!);
          // Why: words before another mention are that mention's ("Former ⟦O0⟧ executive ⟦P1⟧ was named
          // CEO of ⟦O2⟧": "former" is about ⟦O0⟧, not the new post).
          const lead = marked.slice(Math.max(0, m.index - 25), m.index);
          // Why: "NBC's former parent ⟦O1⟧ was acquired by ⟦O2⟧": before a deal, "former" describes
          // the company; before a role ("former Acme CEO ⟦P1⟧") it dates the post, and nothing else
          // there does ("the plan, unveiled by Keidanren official ⟦P1⟧" is no planned post).
          const rawBefore = lead.slice(lead.lastIndexOf(CLOSE) + 1);
          const before =
            rule.relation === 'BY_TITLE' || ORG_ROLES.has(rule.relation)
              ? (rawBefore.match(FORMER_WORD) ?? []).map((w) => `${w} `).join('')
              : rawBefore.replace(FORMER_WORD, '');
          const cue = rule.statusCue ?? 'context';
          const cueSource = cue === 'title' ? (groups.t ?? '') : cue === 'match' ? m[0] : `${before}${m[0]}`;
          const cueText = cueSource.replace(/⟦[OPLD]\d+⟧/g, 'X');
          const status = rule.fixedStatus ? (rule.status ?? 'current') : detectStatus(cueText, rule.status);
          if (!status) continue;
          const title = groups.t ? cleanTitle(groups.t) : undefined;
          const types: RelationType[] =
            rule.relation === 'BY_TITLE' ? titleTypes(title ?? '') : [rule.relation];
          if (rule.pairs) {
            for (let a = 0; a < subjects.length; a++)
              for (let b = a + 1; b < subjects.length; b++)
                emit(found, rule, types, subjects[a]!, subjects[b]!, status, sentence, sentenceIndex, title);
            continue;
          }
          for (const s of subjects)
            for (const o of objects) emit(found, rule, types, s, o, status, sentence, sentenceIndex, title);
        }
      }
    }
  });
  return selectRelations(dropPronounEchoes(found, mentions));
}

/**
 * An appositive or relative clause after an organization or person that names other mentions: ", a
 * unit of ⟦O2⟧,", ", which is backed by ⟦O2⟧," (to the comma).
 */
// Why: a place chain inside it keeps its commas: ", a ⟦L1⟧, ⟦L2⟧, lawyer," ("a West Palm Beach, Fla., lawyer").
// Why: a place's comma before another place is the chain's, not the aside's end: ", a maker based in
// ⟦L1⟧, ⟦L2⟧." closes no appositive (the sentence ends the description).
const APPOSITIVE =
  /(?<=⟦[OP]\d+⟧), (?:an? |the |its |which |who )[^,;⟦]{0,60}?(?:⟦[OPL]\d+⟧(?:(?:, ⟦L\d+⟧)+(?:,(?= (?:[a-z-]+ ){0,2}[a-z-]+,))?)?[^,;⟦]{0,50}?){1,3}(?:(?<!⟦L\d+⟧),|,(?! ⟦L\d+⟧))/g;

/** A short parenthetical after a name: an alias or ticker ("(SDI)", "(TSX: RKN)"), "(born 1953)". */
const PARENTHETICAL = /(?<=⟦[OP]\d+⟧) \([^()]{1,40}\)/g;

/** Character ranges of the appositives and parentheticals of a marked sentence, in order. */
function appositives(marked: string): Array<[number, number]> {
  return [...marked.matchAll(APPOSITIVE), ...marked.matchAll(PARENTHETICAL)]
    .map((m): [number, number] => [m.index, m.index + m[0].length])
    .sort((a, b) => a[0] - b[0])
    .filter((r, i, all) => i === 0 || r[0] >= (all[i - 1]?.[1] ?? 0));
}

/** The marked sentence with the ranges cut out (mention markers keep their indexes). */
function withoutRanges(marked: string, ranges: Array<[number, number]>): string {
  let out = '';
  let pos = 0;
  for (const [start, end] of ranges) {
    out += marked.slice(pos, start);
    pos = end;
  }
  return out + marked.slice(pos);
}

/** A match with an argument inside an appositive that runs on past the appositive's end. */
function crossesAppositive(m: RegExpExecArray, ranges: Array<[number, number]>): boolean {
  const end = m.index + m[0].length;
  return ranges.some(([start, stop]) => {
    if (end <= stop) return false;
    return (['s', 'o'] as const).some((name) => {
      const at = m.indices?.groups?.[name]?.[0];
      return at !== undefined && at >= start && at < stop;
    });
  });
}

/**
 * "Exxon completed its acquisition of Pioneer": the rule matches from "Exxon" and from "its"; when the
 * pronoun stands for the same entity as a named argument of the same fact in the same sentence, keep
 * the named one (whatever status the echo got from its own stretch of text).
 */
export function dropPronounEchoes<R extends RelationMention>(found: R[], mentions: readonly Mention[]): R[] {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const id = (mentionId: string): string => byId.get(mentionId)?.key ?? mentionId;
  const isPronoun = (mentionId: string): boolean => byId.get(mentionId)?.source === 'pronoun';
  const fact = (r: R): string => `${r.sentence.start}|${r.type}|${id(r.subject)}|${id(r.object)}`;
  const named = new Set(found.filter((r) => !isPronoun(r.subject) && !isPronoun(r.object)).map(fact));
  return found.filter((r) => !(isPronoun(r.subject) || isPronoun(r.object)) || !named.has(fact(r)));
}

/**
 * The classifier's echo of a named fact through a pronoun ("Linh Austin … its European plans" → CEO_OF
 * through "its") keeps the pronoun's span for the contract but takes the named fact's status, so the
 * graph merges both into one edge instead of inventing a "planned" twin.
 */
export function alignPronounEchoes<R extends RelationMention>(found: R[], mentions: readonly Mention[]): R[] {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const id = (mentionId: string): string => byId.get(mentionId)?.key ?? mentionId;
  const isPronoun = (mentionId: string): boolean => byId.get(mentionId)?.source === 'pronoun';
  const fact = (r: R): string => `${r.sentence.start}|${r.type}|${id(r.subject)}|${id(r.object)}`;
  const named = new Map<string, R>();
  for (const r of found) if (!isPronoun(r.subject) && !isPronoun(r.object)) named.set(fact(r), r);
  return found.map((r) => {
    const twin = isPronoun(r.subject) || isPronoun(r.object) ? named.get(fact(r)) : undefined;
    return twin && twin.status !== r.status ? { ...r, status: twin.status } : r;
  });
}

/** Keep one relation per (sentence, type, subject, object) and drop less specific types for a pair. */
function selectRelations(found: Found[]): RelationMention[] {
  const best = new Map<string, Found>();
  for (const r of found) {
    const key = `${r.sentenceIndex}|${r.type}|${r.subject}|${r.object}`;
    const prev = best.get(key);
    if (!prev || r.confidence > prev.confidence) best.set(key, r);
  }
  const kept = [...best.values()];
  const pairTypes = new Map<string, Set<RelationType>>();
  for (const r of kept) {
    const pair = [r.subject, r.object].sort().join('|');
    const k = `${r.sentenceIndex}|${pair}`;
    if (!pairTypes.has(k)) pairTypes.set(k, new Set());
    pairTypes.get(k)!.add(r.type);
  }
  return kept
    .filter((r) => {
      const types = pairTypes.get(`${r.sentenceIndex}|${[r.subject, r.object].sort().join('|')}`)!;
      for (const t of types) if (LESS_SPECIFIC[t]?.includes(r.type)) return false;
      return true;
    })
    .map(({ sentenceIndex: _, ...r }) => r);
}
