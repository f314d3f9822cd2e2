// Alias resolution inside one document: short forms, surnames and acronyms join the fullest name.
import type { EntityCandidate } from '../extract/entities.js';
import { gazetteer } from '../extract/lexicons/gazetteer.js';
import type { EntityType, Mention, NodeLabel } from '../types.js';
import { canonicalPlace, entityKey, slugify, stripLegalForms } from './normalize.js';

interface Entity {
  type: NodeLabel;
  name: string;
  key: string;
  words: string[];
  /** Where the entity's full name first appears: a short form before it is not its alias. */
  first: number;
}

/** A name as one line: a hard-wrapped "Beta\nSystems Inc" is "Beta Systems Inc". */
const oneLine = (name: string): string => name.replace(/\s+/gu, ' ');

function words(name: string): string[] {
  return name.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
}

function initials(ws: string[]): string {
  return ws
    .filter((w) => /^\p{Lu}/u.test(w) && !['Of', 'And', 'The'].includes(w))
    .map((w) => w[0])
    .join('');
}

function isLabel(type: EntityType | undefined): type is NodeLabel {
  return type === 'Organization' || type === 'Person' || type === 'Place';
}

/** Does the short `alias` name the fuller entity `e`? */
function aliasOf(alias: string, e: Entity): boolean {
  if (alias === e.name) return true;
  const aw = words(alias);
  if (aw.length === 0 || aw.length >= e.words.length) return false;
  if (e.type === 'Person') {
    // "Austin" → "Linh Austin": the surname (or the full surname part).
    return e.words.slice(-aw.length).join(' ') === aw.join(' ');
  }
  if (e.type === 'Organization') {
    // "Ascend" → "Ascend Elements": a leading part; "GEM" → "GEM Co." is covered by the key.
    // Why: not for names with "of" ("Panasonic Energy" is not "Panasonic Energy of North America").
    if (!e.words.includes('of') && e.words.slice(0, aw.length).join(' ') === aw.join(' ')) return true;
    // "ONGC" → "Oil and Natural Gas Corp": initials.
    return aw.length === 1 && /^\p{Lu}{2,}$/u.test(alias) && initials(e.words) === alias;
  }
  return false;
}

/** The place entity of a known place name, made when the document has none yet. */
function placeEntity(surface: string, entities: Entity[], byKey: Map<string, Entity>): Entity {
  const name = canonicalPlace(surface);
  const key = entityKey('Place', name);
  const found = byKey.get(key);
  if (found) return found;
  const entity: Entity = { type: 'Place', name, key, words: words(name), first: 0 };
  entities.push(entity);
  byKey.set(key, entity);
  return entity;
}

/** Words between a company and another form of its name that make them parent and child. */
const PARENT_CHILD =
  /\b(?:subsidiar(?:y|ies)|parent|division|unit|arm|affiliate|(?:wholly[- ])?owned by|part of)\b/iu;

/** Is one name the other with words added ("IDG" / "IDG Business Media GmbH", "Bollore" / "Bollore Inc.")? */
function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const sw = words(stripLegalForms(short));
  const lw = words(stripLegalForms(long));
  return sw.length > 0 && sw.length <= lw.length && lw.slice(0, sw.length).join(' ') === sw.join(' ');
}

/**
 * Two forms of one name in a sentence that calls one the other's subsidiary or parent ("Bollore Inc. is
 * the wholly owned subsidiary of Bollore", "IDG Business Media GmbH, the German subsidiary of IDG") are
 * two organizations. Returns, by candidate start, the entity each such form stands for.
 */
function parentChildForms(
  text: string,
  candidates: readonly EntityCandidate[],
  entities: Entity[],
  byKey: Map<string, Entity>,
): Map<number, Entity> {
  const forced = new Map<number, Entity>();
  const orgs = candidates
    .filter((c) => c.type === 'Organization' && c.text !== '')
    .sort((a, b) => a.start - b.start);
  const own = (c: EntityCandidate, key: string): Entity => {
    const found = byKey.get(key);
    if (found) return found;
    const name = oneLine(c.text);
    const entity: Entity = {
      type: 'Organization',
      name,
      key,
      words: words(stripLegalForms(name)),
      first: c.start,
    };
    entities.push(entity);
    byKey.set(key, entity);
    return entity;
  };
  orgs.forEach((a, i) => {
    for (const b of orgs.slice(i + 1)) {
      if (b.sentence !== a.sentence || b.start < a.end) continue;
      const ta = oneLine(a.text);
      const tb = oneLine(b.text);
      if (ta === tb || !sameStem(ta, tb)) continue;
      const between = text.slice(a.end, b.start);
      // Why: only a cue that links the two names, not one about a third company between them.
      if (between.length > 80 || !PARENT_CHILD.test(between)) continue;
      const ka = entityKey('Organization', ta);
      const kb = entityKey('Organization', tb);
      if (ka !== kb) {
        forced.set(a.start, own(a, ka));
        forced.set(b.start, own(b, kb));
        continue;
      }
      // The same key once legal forms are stripped: the longer form keeps its legal form in its key.
      const [plain, full] = ta.length <= tb.length ? [a, b] : [b, a];
      const stem = own(plain, ka);
      // Why: the entity under the shared key took the longest form's name; it is now the plain one's.
      stem.name = oneLine(plain.text);
      forced.set(plain.start, stem);
      forced.set(
        full.start,
        own(full, `${ka}-${slugify(oneLine(full.text)).replace(/^.*?-(?=[^-]+$)/u, '')}`),
      );
    }
  });
  return forced;
}

/**
 * Turn candidates into mentions with entity keys. Typed multi-word names define entities; shorter
 * forms, surnames and acronyms that point to exactly one of them take its key and type; untyped
 * candidates with no such entity are dropped.
 */
export function resolveWithinDocument(text: string, candidates: EntityCandidate[]): Mention[] {
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const firstSeen = new Map<string, number>();
  for (const c of candidates) {
    if (!isLabel(c.type) || c.text === '') continue;
    const k = entityKey(c.type, c.type === 'Place' ? canonicalPlace(c.text) : c.text);
    firstSeen.set(k, Math.min(firstSeen.get(k) ?? c.start, c.start));
  }
  const sorted = [...candidates].sort((a, b) => b.text.length - a.text.length || a.start - b.start);
  for (const c of sorted) {
    if (!isLabel(c.type) || c.text === '') continue;
    const name = c.type === 'Place' ? canonicalPlace(oneLine(c.text)) : oneLine(c.text);
    const key = entityKey(c.type, name);
    const existing = byKey.get(key);
    if (existing) {
      if (name.length > existing.name.length) existing.name = name;
      continue;
    }
    // A typed short form of a fuller entity named earlier joins it instead of becoming its own.
    const first = firstSeen.get(key) ?? c.start;
    if (
      c.type !== 'Place' &&
      entities.some((e) => e.type === c.type && e.first < first && aliasOf(c.text, e))
    )
      continue;
    const entity: Entity = {
      type: c.type,
      name,
      key,
      words: words(c.type === 'Organization' ? stripLegalForms(name) : name),
      first,
    };
    entities.push(entity);
    byKey.set(key, entity);
  }
  // Acronyms introduced in parentheses: "Oil and Natural Gas Corp (ONGC)".
  const acronyms = new Map<string, Entity>();
  for (const c of candidates) {
    if (!isLabel(c.type) || c.type !== 'Organization') continue;
    const m = /^\s*\((\p{Lu}[\p{Lu}\d&]{1,7})\)/u.exec(text.slice(c.end, c.end + 12));
    const e = byKey.get(entityKey(c.type, c.text));
    // Why: "DHL Express (USA)": a country in parentheses is where the company is, not its acronym.
    if (m?.[1] && e && !gazetteer().places.has(m[1])) acronyms.set(m[1], e);
  }

  const forced = parentChildForms(text, candidates, entities, byKey);

  const mentions: Mention[] = [];
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    const raw = c.text || text.slice(c.start, c.end);
    const surface = oneLine(raw);
    let target: Entity | undefined = forced.get(c.start) ?? acronyms.get(surface);
    if (!target && isLabel(c.type)) {
      const name = c.type === 'Place' ? canonicalPlace(surface) : surface;
      target = byKey.get(entityKey(c.type, name));
    }
    if (!target) target = entities.find((e) => e.name === surface && (!isLabel(c.type) || e.type === c.type));
    // An untyped "GEM" is the entity whose key it normalises to ("GEM Co." → org:gem).
    if (!target && !isLabel(c.type)) target = entities.find((e) => entityKey(e.type, surface) === e.key);
    if (!target || (c.type !== 'Place' && target.name !== surface)) {
      const matches = entities.filter((e) => e.name !== surface && e.first < c.start && aliasOf(surface, e));
      // Why: a known place after "based in" or before a comma and another place is the place, not a
      // short form of the organization named after it ("Liverpool Football Club … based in Liverpool,
      // Merseyside").
      const placeCue =
        (c.type === 'Place' || !isLabel(c.type)) &&
        gazetteer().places.has(surface) &&
        (/\b(?:in|near|at|of)\s+$/u.test(text.slice(Math.max(0, c.start - 12), c.start)) ||
          /^,\s+\p{Lu}/u.test(text.slice(c.end, c.end + 3)));
      const compatible = matches.filter((e) =>
        placeCue ? e.type === 'Place' : !isLabel(c.type) || e.type === c.type || c.source !== 'gazetteer',
      );
      if (compatible.length === 1) target = compatible[0];
      else if (compatible.length > 1 && !target) continue; // ambiguous: "Smith" with two Smiths
      if (!target && placeCue && matches.length > 0) target = placeEntity(surface, entities, byKey);
    }
    if (!target) continue;
    mentions.push({
      id: '',
      type: target.type,
      start: c.start,
      end: c.end,
      text: raw,
      key: target.key,
      canonical: target.name,
      source: c.source,
    });
  }
  return mentions;
}
