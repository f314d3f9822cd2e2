// Coreference echoes: a fact is reported at every mention pair of its sentence that refers to its two
// entities. In "Jane Roe, who founded Acme", the fact is expressed through "who" as much as through the
// name; in "She worked at Acme, where she led sales", through "she" and "where" too.
import type { EntityType, Mention, RelationMention } from '../types.js';
import { lowerBound } from '../util/lower-bound.js';

/** A relative pronoun right after a name, and the types of name it can stand for. */
const RELATIVE = /^,? (?:(?:through|in|for|at|by|with|from|of|under) )?(who|whom|which|where)\b/u;
const STANDS_FOR: Readonly<Record<string, readonly EntityType[]>> = {
  who: ['Person'],
  whom: ['Person'],
  which: ['Organization'],
  // Why: "She worked at Microsoft, where she led …": the place of work is the organization.
  where: ['Place', 'Organization'],
};

/**
 * A description of a name, as an appositive or a predicate ("Altiscale, a company that …", "WSI is a
 * services firm based in Woodland Hills, California, that …"), and the relative pronoun closing it.
 */
const DESCRIBED = /^(?:,|,? (?:is|was)) (?:a|an) /u;
const DESCRIPTION_RELATIVE = /\b(that|which|where|who|whom)\b/u;
// Why: training part of KnowledgeNet: "an American automobile executive that currently serves as CEO".
const DESCRIBED_STANDS_FOR: Readonly<Record<string, readonly EntityType[]>> = {
  ...STANDS_FOR,
  that: ['Organization', 'Person'],
};
/** How far after the name a description's relative pronoun may be. */
const DESCRIPTION_WINDOW = 120;
/** Words before "that" that make it a determiner or a conjunction, not a relative pronoun. */
const NOT_RELATIVE_BEFORE =
  /\b(?:in|of|for|at|on|with|by|from|to|about|like|so|such|now|than|said|and|or)\s+$/u;

/**
 * Where and when a name is, between it and its relative pronoun: "Freshwater Pictures, based in
 * Brisbane, Queensland, which …", "the museum in Los Angeles from 1988 to 2009, which …".
 */
const SITUATED = /^(?:,? (?:(?:originally |now |currently )?(?:based|headquartered|located) )?in|,? from) /u;
const SITUATED_RELATIVE = /,? (which|where|who|whom)\b/u;
/** The only words besides places and dates that may sit between a situated name and its pronoun. */
const SITUATING_WORDS =
  /^(?:in|of|from|to|and|the|until|since|based|headquartered|located|originally|now|currently)$/u;

/** A mention an echo uses: an existing one by id, or a new relative pronoun by its index. */
export type EchoArgument = { id: string } | { added: number };

/** What {@link coreferenceEchoes} adds: relative pronouns as mentions (ids empty) and the echoes. */
export interface CoreferenceEchoes {
  mentions: Mention[];
  relations: Array<{ relation: RelationMention; subject: EchoArgument; object: EchoArgument }>;
}

/** Pronouns of one person or thing: with no name to resolve to, two of one group in a sentence corefer. */
const PRONOUN_GROUPS: readonly RegExp[] = [
  /^(?:she|her|hers|herself)$/iu,
  /^(?:he|his|him|himself)$/iu,
  /^(?:i|my|me|myself)$/iu,
];

const argKey = (arg: EchoArgument): string => ('id' in arg ? arg.id : `+${arg.added}`);

/**
 * Who a mention refers to, for echoes: its entity's key; for an unresolved pronoun its group ("she",
 * "her" in one sentence are one person); else only itself (a date, an unresolved "it").
 */
function referent(m: Mention): string {
  if (m.key) return m.key;
  const group = m.source === 'pronoun' ? PRONOUN_GROUPS.findIndex((g) => g.test(m.text)) : -1;
  return group < 0 ? `#${m.id}` : `?${group}`;
}

/** The relative pronouns right after names, as mentions of the names' entities (mentions in text order). */
function relativePronouns(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  mentions.forEach((named, i) => {
    if (named.source === 'pronoun' || !named.key) return;
    const found = relativeAfter(text, named, mentions, i);
    if (!found) return;
    const { start, word } = found;
    const end = start + word.length;
    // Why: mentions are in text order, so only the next ones can overlap the pronoun.
    for (let k = i + 1; k < mentions.length && mentions[k]!.start < end; k++)
      if (mentions[k]!.end > start) return;
    out.push({
      id: '',
      type: named.type,
      start,
      end,
      text: word,
      key: named.key,
      canonical: named.canonical ?? named.text,
      source: 'pronoun',
    });
  });
  return out;
}

/**
 * The relative pronoun standing for a name: right after it ("Acme, which"), or closing a description
 * of it that names no other person or organization ("Acme, a maker of tools, which").
 */
function relativeAfter(
  text: string,
  named: Mention,
  mentions: readonly Mention[],
  i: number,
): { start: number; word: string } | undefined {
  const m = RELATIVE.exec(text.slice(named.end, named.end + 16));
  const word = m?.[1];
  if (m && word) {
    if (!STANDS_FOR[word]?.includes(named.type)) return undefined;
    return { start: named.end + m[0].length - word.length, word };
  }
  const after = text.slice(named.end, named.end + DESCRIPTION_WINDOW);
  if (SITUATED.test(after)) return situatedRelative(after, named, mentions, i);
  const head = DESCRIBED.exec(after);
  if (!head) return undefined;
  const rest = after.slice(head[0].length);
  const rel = DESCRIPTION_RELATIVE.exec(rest);
  const relWord = rel?.[1];
  if (!rel || !relWord || !DESCRIBED_STANDS_FOR[relWord]?.includes(named.type)) return undefined;
  const description = rest.slice(0, rel.index);
  // Why: a clause or a list ends the description; "a unit of Beta Corp that" may mean Beta Corp.
  if (/[;:()"“”.!?]|\b(?:is|was|are|were|has|had)\b/u.test(description)) return undefined;
  if (NOT_RELATIVE_BEFORE.test(description)) return undefined;
  const start = named.end + head[0].length + rel.index;
  for (let k = i + 1; k < mentions.length && mentions[k]!.start < start; k++) {
    const other = mentions[k]!;
    if (other.type === 'Person' || other.type === 'Organization') return undefined;
  }
  return { start, word: relWord };
}

/** The relative pronoun after a name and only the places and dates that situate it. */
function situatedRelative(
  after: string,
  named: Mention,
  mentions: readonly Mention[],
  i: number,
): { start: number; word: string } | undefined {
  const rel = SITUATED_RELATIVE.exec(after);
  const word = rel?.[1];
  if (!rel || !word || !STANDS_FOR[word]?.includes(named.type)) return undefined;
  const start = named.end + rel.index + rel[0].length - word.length;
  let rest = after.slice(0, rel.index);
  for (let k = i + 1; k < mentions.length && mentions[k]!.start < start; k++) {
    const other = mentions[k]!;
    if (other.type !== 'Place' && other.type !== 'Date') return undefined;
    const from = other.start - named.end;
    rest = rest.slice(0, from) + ' '.repeat(other.end - other.start) + rest.slice(other.end - named.end);
  }
  const leftover = rest.split(/[\s,]+/u).filter(Boolean);
  return leftover.every((w) => SITUATING_WORDS.test(w)) ? { start, word } : undefined;
}

interface Candidate {
  arg: EchoArgument;
  m: Mention;
}

/**
 * For each relation, the same fact at every other pair of mentions in its sentence that refer to its
 * subject's and object's entities: pronouns resolved to them ("he", "its"), unresolved pronouns of one
 * group, and relative pronouns right after their names ("Acme, which …", "Paris, where …"). Names are
 * not echoed: a repeated name is a fact of its own where a rule reads it.
 * @param text the text extraction read
 * @param mentions the document's mentions (ids set, text order), pronouns included
 * @param relations the relations found
 * @returns the relative pronouns the echoes use (ids empty) and the echoes
 */
export function coreferenceEchoes(
  text: string,
  mentions: readonly Mention[],
  relations: readonly RelationMention[],
): CoreferenceEchoes {
  const relatives = relativePronouns(text, mentions);
  // Pronouns and relative pronouns by referent, in text order.
  const byReferent = new Map<string, Candidate[]>();
  const pronouns: Candidate[] = [
    ...mentions.filter((m) => m.source === 'pronoun').map((m) => ({ arg: { id: m.id }, m })),
    ...relatives.map((m, i) => ({ arg: { added: i }, m })),
  ];
  for (const c of pronouns.sort((a, b) => a.m.start - b.m.start)) {
    const r = referent(c.m);
    if (!byReferent.has(r)) byReferent.set(r, []);
    byReferent.get(r)!.push(c);
  }
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const have = new Set(relations.map((r) => `${r.type}|${r.subject}|${r.object}`));
  const used = new Map<number, number>();
  const found: Array<{ relation: RelationMention; subject: EchoArgument; object: EchoArgument }> = [];
  for (const relation of relations) {
    const subject = byId.get(relation.subject);
    const object = byId.get(relation.object);
    if (!subject || !object) continue;
    const rs = referent(subject);
    const ro = referent(object);
    if (rs === ro) continue;
    const { start, end } = relation.sentence;
    const echoes = (of: Mention, r: string): Candidate[] => {
      const list = byReferent.get(r) ?? [];
      const out: Candidate[] = [{ arg: { id: of.id }, m: of }];
      for (
        let k = lowerBound(list, (c) => c.m.start < start);
        k < list.length && list[k]!.m.start < end;
        k++
      ) {
        const c = list[k]!;
        if (c.m !== of && c.m.end <= end) out.push(c);
      }
      return out;
    };
    for (const s of echoes(subject, rs))
      for (const o of echoes(object, ro)) {
        if (s.m === subject && o.m === object) continue;
        if (s.m.start < o.m.end && o.m.start < s.m.end) continue;
        const key = `${relation.type}|${argKey(s.arg)}|${argKey(o.arg)}`;
        if (have.has(key)) continue;
        have.add(key);
        found.push({ relation, subject: s.arg, object: o.arg });
        for (const a of [s.arg, o.arg]) if ('added' in a && !used.has(a.added)) used.set(a.added, used.size);
      }
  }
  // Why: only the relative pronouns an echo uses become mentions, numbered in order of first use.
  const renumber = (a: EchoArgument): EchoArgument => ('added' in a ? { added: used.get(a.added)! } : a);
  const kept: Mention[] = [];
  for (const [index] of used) kept.push(relatives[index]!);
  return {
    mentions: kept,
    relations: found.map((f) => ({ ...f, subject: renumber(f.subject), object: renumber(f.object) })),
  };
}
