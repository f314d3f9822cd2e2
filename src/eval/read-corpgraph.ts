// Read corpgraph's own labelled set (JSON Lines, entities and relations given as strings located in the text).
import { CorpgraphError } from '../errors.js';
import {
  RELATION_SIGNATURES,
  RELATION_STATUSES,
  RELATION_TYPES,
  type RelationType,
  type Span,
} from '../types.js';
import { PRONOUNS } from './project.js';
import type { EvalExample, GoldEntity, GoldRelation } from './types.js';

/** A mention as written in a gold line: its text (first free occurrence) or its text and 1-based occurrence. */
export type CorpgraphArg = string | { text: string; occurrence?: number };

/** One line of a corpgraph gold file (see docs/eval.md "corpgraph's business-news set"). */
export interface CorpgraphLine {
  id: string;
  text: string;
  entities: Array<{ text: string; type: string; occurrence?: number }>;
  relations: Array<{
    subject: CorpgraphArg | CorpgraphArg[];
    type: string;
    object: CorpgraphArg | CorpgraphArg[];
    status: string;
  }>;
  note?: string;
}

const ENTITY_TYPES = new Set(['Organization', 'Person', 'Place']);
// Why: a founding date and where a person lives are outside what this set labels.
const GOLD_RELATION_TYPES = new Set<string>(
  RELATION_TYPES.filter((t) => t !== 'FOUNDED_ON' && t !== 'LIVES_IN'),
);
// Why: gold arguments may be first-person plural in a quotation ("Our collaboration with …", schema),
// beyond the pronouns the extractor itself produces.
const GOLD_PRONOUNS = new Set([...PRONOUNS, 'our', 'us']);

/** True when `text` names an entity (a capital or digit, not a pronoun): only these are scored as entities. */
function isName(text: string): boolean {
  return !GOLD_PRONOUNS.has(text.toLowerCase()) && /[\p{Lu}\d]/u.test(text);
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Whole-word occurrences of `needle` in `text`. */
function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  if (needle.length === 0) return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const startsWord = isWordChar(needle[0]) && isWordChar(text[at - 1]);
    const endsWord = isWordChar(needle[needle.length - 1]) && isWordChar(text[end]);
    if (!startsWord && !endsWord) out.push({ start: at, end });
  }
  return out;
}

const inside = (s: Span, outer: Span) =>
  outer.start <= s.start && s.end <= outer.end && outer.end - outer.start > s.end - s.start;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function fail(source: string, line: number, problem: string): never {
  throw new CorpgraphError('E_DATASET', `readCorpgraph: ${source}:${line}: ${problem}`);
}

/** Locate the gold entities: longest first, each entry claiming its free (non-nested) occurrences. */
function locateEntities(
  entry: CorpgraphLine,
  fail1: (problem: string) => never,
): Array<GoldEntity & { name: boolean }> {
  if (!Array.isArray(entry.entities)) fail1('"entities" must be an array');
  const claimed: Array<GoldEntity & { name: boolean }> = [];
  // Why: entries with an explicit occurrence go first so a bare entry of the same text takes the rest.
  const order = entry.entities
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        (b.e.text?.length ?? 0) - (a.e.text?.length ?? 0) ||
        (a.e.occurrence === undefined ? 1 : 0) - (b.e.occurrence === undefined ? 1 : 0) ||
        a.i - b.i,
    );
  for (const { e } of order) {
    if (typeof e?.text !== 'string' || typeof e.type !== 'string') {
      fail1(`entity ${JSON.stringify(e)} needs "text" and "type" strings`);
    }
    if (!ENTITY_TYPES.has(e.type)) {
      fail1(`entity "${e.text}" has unknown type "${e.type}" (Organization, Person or Place)`);
    }
    const free = occurrences(entry.text, e.text).filter((s) => !claimed.some((c) => inside(s, c)));
    const picked =
      e.occurrence === undefined
        ? free.filter((s) => !claimed.some((c) => c.start === s.start && c.end === s.end))
        : [free[e.occurrence - 1]].filter((s) => s !== undefined);
    if (picked.length === 0) {
      const what = e.occurrence === undefined ? '' : ` (occurrence ${e.occurrence})`;
      fail1(`entity "${e.text}"${what} not found in text`);
    }
    for (const s of picked) {
      const clash = claimed.find((c) => overlaps(c, s) && !inside(s, c));
      if (clash && !(clash.start === s.start && clash.end === s.end)) {
        fail1(`entity "${e.text}" overlaps entity "${entry.text.slice(clash.start, clash.end)}"`);
      }
      if (clash) {
        if (clash.label !== e.type) fail1(`entity "${e.text}" is listed as ${clash.label} and ${e.type}`);
        continue;
      }
      claimed.push({ ...s, label: e.type, name: isName(e.text) });
    }
  }
  return claimed.sort((a, b) => a.start - b.start);
}

/**
 * Parse corpgraph's own gold JSON Lines: one example per line, entity and relation arguments written as
 * strings located in `text` (see docs/eval.md). A string means its first whole-word occurrence that is not
 * inside a longer gold entity; `{ "text", "occurrence": n }` the n-th such occurrence; an array of them
 * lists alternative mentions of the same entity, any of which a prediction may use.
 * @param content the file content
 * @param source file name for error messages
 * @throws CorpgraphError E_DATASET naming the file, line and problem (bad JSON, string not in the text,
 * unknown type or status, argument types that do not fit the relation type, duplicate ids)
 */
export function readCorpgraph(content: string, source: string): EvalExample[] {
  const examples: EvalExample[] = [];
  const ids = new Set<string>();
  const lines = content.split('\n');
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const fail1: (problem: string) => never = (problem) => fail(source, lineNo, problem);
    if (raw.trim() === '') return;
    let entry: CorpgraphLine;
    try {
      entry = JSON.parse(raw) as CorpgraphLine;
    } catch (error) {
      fail1(`not JSON (${(error as Error).message})`);
    }
    if (typeof entry !== 'object' || entry === null || typeof entry.text !== 'string') {
      fail1('expected an object with "id", "text", "entities" and "relations"');
    }
    if (typeof entry.id !== 'string' || entry.id === '') fail1('"id" must be a non-empty string');
    if (ids.has(entry.id)) fail1(`duplicate id "${entry.id}"`);
    ids.add(entry.id);
    const entities = locateEntities(entry, fail1);
    const entityAt = (s: Span) => entities.find((e) => e.start === s.start && e.end === s.end);

    const locateArg = (arg: CorpgraphArg, role: string, type: string): Span => {
      const text = typeof arg === 'string' ? arg : arg?.text;
      const occurrence = typeof arg === 'string' ? 1 : (arg?.occurrence ?? 1);
      if (typeof text !== 'string') fail1(`${type} ${role} ${JSON.stringify(arg)} needs a "text" string`);
      const free = occurrences(entry.text, text).filter((s) => !entities.some((e) => inside(s, e)));
      const span = free[occurrence - 1];
      if (span === undefined) {
        const what = occurrence === 1 ? '' : ` (occurrence ${occurrence})`;
        fail1(`${type} ${role} "${text}"${what} not found in text`);
      }
      const entity = entityAt(span);
      // Why: a nominal ("the Seoul-based company") may contain a name but is not one itself.
      if (isName(text) && !/^(the|a|an)\s/i.test(text) && entity === undefined) {
        fail1(`${type} ${role} "${text}" is not a listed entity`);
      }
      const expected = RELATION_SIGNATURES[type as RelationType][role === 'subject' ? 0 : 1];
      if (entity !== undefined && entity.label !== expected) {
        fail1(`${type} ${role} "${text}" has type ${entity.label}, expected ${expected}`);
      }
      return span;
    };

    if (!Array.isArray(entry.relations)) fail1('"relations" must be an array');
    const relations: GoldRelation[] = entry.relations.map((r) => {
      if (typeof r?.type !== 'string' || !GOLD_RELATION_TYPES.has(r.type)) {
        fail1(`unknown relation type ${JSON.stringify(r?.type)}`);
      }
      if (!(RELATION_STATUSES as readonly string[]).includes(r.status)) {
        fail1(`${r.type} has status ${JSON.stringify(r.status)}; expected ${RELATION_STATUSES.join(', ')}`);
      }
      const subjects = (Array.isArray(r.subject) ? r.subject : [r.subject]).map((a) =>
        locateArg(a, 'subject', r.type),
      );
      const objects = (Array.isArray(r.object) ? r.object : [r.object]).map((a) =>
        locateArg(a, 'object', r.type),
      );
      const [head, tail] = [subjects[0], objects[0]];
      if (head === undefined || tail === undefined) fail1(`${r.type} needs a subject and an object`);
      const relation: GoldRelation = { label: r.type, head, tail, status: r.status };
      if (subjects.length > 1 || objects.length > 1) {
        relation.alternatives = subjects.flatMap((s) => objects.map((o) => [s, o]));
      }
      return relation;
    });
    examples.push({
      id: entry.id,
      text: entry.text,
      sentences: [{ start: 0, end: entry.text.length }],
      entities: entities.filter((e) => e.name).map(({ start, end, label }) => ({ start, end, label })),
      relations,
    });
  });
  if (examples.length === 0) fail(source, 1, 'no examples');
  return examples;
}
