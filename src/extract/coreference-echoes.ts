// Coreference echoes: a fact is reported at every mention pair of its sentence that refers to its two
// entities. In "Jane Roe, who founded Acme", the fact is expressed through "who" as much as through the
// name; in "She worked at Acme, where she led sales", through "she" and "where" too.
import type { EntityType, Mention, RelationMention } from '../types.js';

/** A relative pronoun right after a name, and the types of name it can stand for. */
const RELATIVE = /^,? (who|whom|which|where)\b/u;
const STANDS_FOR: Readonly<Record<string, readonly EntityType[]>> = {
  who: ['Person'],
  whom: ['Person'],
  which: ['Organization'],
  // Why: "She worked at Microsoft, where she led …": the place of work is the organization.
  where: ['Place', 'Organization'],
};

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

/** Whether two mentions refer to the same entity: the same key, or unresolved pronouns of one group. */
function corefer(a: Mention, b: Mention): boolean {
  if (a.key || b.key) return a.key === b.key;
  if (a.source !== 'pronoun' || b.source !== 'pronoun') return false;
  return PRONOUN_GROUPS.some((g) => g.test(a.text) && g.test(b.text));
}

/** The relative pronouns right after names, as mentions of the names' entities. */
function relativePronouns(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const named of mentions) {
    if (named.source === 'pronoun' || !named.key) continue;
    const m = RELATIVE.exec(text.slice(named.end, named.end + 8));
    const word = m?.[1];
    if (!m || !word || !STANDS_FOR[word]?.includes(named.type)) continue;
    const start = named.end + m[0].length - word.length;
    const end = start + word.length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
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
  }
  return out;
}

/**
 * For each relation, the same fact at every other pair of mentions in its sentence that refer to its
 * subject's and object's entities: pronouns resolved to them ("he", "its") and relative pronouns right
 * after their names ("Acme, which …", "Paris, where …"). Names are not echoed: a repeated name is a
 * fact of its own where a rule reads it.
 * @param text the text extraction read
 * @param mentions the document's mentions (ids set), pronouns included
 * @param relations the relations found
 */
export function coreferenceEchoes(
  text: string,
  mentions: readonly Mention[],
  relations: readonly RelationMention[],
): CoreferenceEchoes {
  const relatives = relativePronouns(text, mentions);
  const used = new Set<number>();
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const have = new Set(relations.map((r) => `${r.type}|${r.subject}|${r.object}`));
  const out: CoreferenceEchoes['relations'] = [];
  const within = (r: RelationMention, m: Mention): boolean =>
    m.start >= r.sentence.start && m.end <= r.sentence.end;
  for (const relation of relations) {
    const subject = byId.get(relation.subject);
    const object = byId.get(relation.object);
    if (!subject || !object || (!subject.key && subject.source !== 'pronoun')) continue;
    if (!object.key && object.source !== 'pronoun') continue;
    if (corefer(subject, object)) continue;
    const echoes = (of: Mention): Array<{ arg: EchoArgument; m: Mention }> => [
      { arg: { id: of.id }, m: of },
      ...mentions
        .filter((m) => m !== of && m.source === 'pronoun' && corefer(m, of) && within(relation, m))
        .map((m) => ({ arg: { id: m.id }, m })),
      ...relatives
        .map((m, i) => ({ arg: { added: i } as EchoArgument, m }))
        .filter(({ m }) => corefer(m, of) && within(relation, m)),
    ];
    for (const s of echoes(subject))
      for (const o of echoes(object)) {
        if (s.m === subject && o.m === object) continue;
        if (s.m.start < o.m.end && o.m.start < s.m.end) continue;
        const key = `${relation.type}|${argKey(s.arg)}|${argKey(o.arg)}`;
        if (have.has(key)) continue;
        have.add(key);
        if ('added' in s.arg) used.add(s.arg.added);
        if ('added' in o.arg) used.add(o.arg.added);
        out.push({ relation, subject: s.arg, object: o.arg });
      }
  }
  return { mentions: relatives, relations: out };
}
