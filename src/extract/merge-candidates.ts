// Combine the rule-based candidates with the statistical tagger's spans: strong cues win, the tagger
// decides where rules only guessed (gazetteer, compromise tags) or found nothing.

import { DOTTED_SUFFIXES, type EntityCandidate } from './entities.js';
import { splitAtHeadlineVerb } from './headline-names.js';
import { gazetteer, type PlaceEntry } from './lexicons/gazetteer.js';
import { hasCorporateWord } from './lexicons/organizations.js';
import { HONORIFICS } from './lexicons/people.js';
import { NOT_ENTITIES } from './lexicons/stoplist.js';
import { harmonizeLists } from './name-lists.js';
import type { NerSpan } from './ner/index.js';
import { organizationByContext } from './org-context.js';
import { COMPANY_ORGANS, withoutRoleWords } from './role-words.js';
import { isDepartment, isTitlePart } from './title-parts.js';

/** Cues precise enough to overrule the tagger (legal suffix, organization heads, context). */
export const STRONG_SOURCES = new Set([
  'legal-suffix',
  'org-head',
  'org-lead',
  'place-head',
  'x-based',
  'honorific',
  'title-after',
  'title-before',
  'nominal-before',
  'appositive-nominal',
  'deal-verb',
  'founded-by',
  'title-of',
  'source-line',
]);

/** Cities this large are places even when the tagger is silent ("Boston", "Shenzhen"). */
const BIG_CITY = 100_000;

/** A country, state, region or big city: a place whatever the words around it say. */
function isProminent(place: PlaceEntry): boolean {
  return place.kind !== 'city' || (place.population ?? 0) >= BIG_CITY;
}

/** The tagger's spans below this score are ignored. */
export const MIN_NER_SCORE = 0.5;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** "Mountain View, California" is two places (a city, then its state), not one. */
function splitPlaceLists(text: string, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const surface = text.slice(span.start, span.end);
    if (span.type !== 'Place' || !surface.includes(', ')) {
      out.push(span);
      continue;
    }
    for (const part of surface.matchAll(/[^,]+/g)) {
      const lead = part[0].length - part[0].trimStart().length;
      const core = part[0].trim();
      if (!core) continue;
      const start = span.start + (part.index ?? 0) + lead;
      out.push({ ...span, start, end: start + core.length });
    }
  }
  return out;
}

/**
 * A weak rule candidate the tagger did not confirm: untyped names stay (alias resolution may type
 * them); compromise's person/place guesses and bare acronyms go (right less than half the time on the
 * dev sets); gazetteer hits stay for countries, states, regions and big cities, not for small-city
 * names that are also common words ("Police", "Fleet", "Western").
 */
function keepUnconfirmed(c: EntityCandidate): boolean {
  if (!c.type) return true;
  if (c.source === 'gazetteer') {
    const place = gazetteer().places.get(c.text);
    return place === undefined || isProminent(place);
  }
  return !/^(?:compromise-place|compromise-person|acronym$|name$)/.test(c.source);
}

/** "the Herman Feshbach Professor of Physics", "a Professor of Economics": a post and its field, no entity. */
const ACADEMIC_POST = /\b(?:Professor|Lecturer|Reader|Fellow|Chair)(?: of| in)\b/;
const AFTER_ACADEMIC_POST =
  /\b(?:[Pp]rofessor|[Ll]ecturer|[Rr]eader|[Ff]ellow|[Cc]hair|[Dd]egree|[Bb]achelor|[Mm]aster|[Dd]octorate)(?: of| in) $/;

function isAcademicPost(text: string, span: { start: number; end: number }): boolean {
  return (
    ACADEMIC_POST.test(text.slice(span.start, span.end)) ||
    AFTER_ACADEMIC_POST.test(text.slice(Math.max(0, span.start - 20), span.start))
  );
}

/** Abbreviations that end a person's or place's name with their own dot ("Henley Jr.", "Mt."). */
const DOTTED_NAME_WORDS: ReadonlySet<string> = new Set(['Jr', 'Sr', 'St', 'Mt', 'Ft', 'Bros']);

/** The span without a sentence's closing period the tagger took in ("Corvel Energy PLC."); "Co." keeps its dot. */
function withoutFinalPeriod(text: string, span: NerSpan): NerSpan {
  const last = /(\S+)\.$/u.exec(text.slice(span.start, span.end))?.[1];
  // Why: places keep theirs: "Va.", "Calif." are how states are written.
  if (span.type === 'Place' || last === undefined || last.includes('.') || last.length < 2) return span;
  if (DOTTED_SUFFIXES.has(last) || DOTTED_NAME_WORDS.has(last)) return span;
  return { ...span, end: span.end - 1 };
}

/**
 * A person's span without the lowercase words the tagger ran on into ("Mohan co-founded" in "Mohan
 * co-founded and served as …"): a name never ends in a lowercase word.
 */
function withoutLowercaseTail(text: string, span: NerSpan): NerSpan {
  if (span.type !== 'Person') return span;
  const tail = /(?: [a-z]+(?:-[a-z]+)*)+$/u.exec(text.slice(span.start, span.end));
  if (!tail || tail.index === 0) return span;
  return { ...span, end: span.start + tail.index };
}

/** A government title right after a name ("US President", "U.S. Ambassador"). */
const TITLE_AFTER =
  /^ (?:President|Vice President|Ambassador|Secretary|Senator|Sen\.|Rep\.|Representative|Prime Minister|Minister|Defense Secretary|Attorney General|Army|Navy|Air Force|Marines|troops|officials?|envoy|forces)\b/u;

/** After a dateline's first place: ", Australia (Reuters) -", ", Ohio ( AP )", ", March 3 (Reuters)". */
const DATELINE_AFTER =
  /^ ?, (?:[A-Z][\w.]*(?: [A-Z][\w.]*)? ?,? )?(?:[A-Z][a-z]{2,8}\.? \d{1,2} ?)?(?:\( ?[A-Z][\w-]+ ?\)|-|—|--)/u;

/** The name after a place's comma: "Cedar Rapids, Iowa" (tokenised " , Iowa" too). */
const CHAIN_NEXT = /^ ?, (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)(?=[ ,.;]|$)/u;

/** The place before a comma right before a name: "Washington, " in "Washington, D.C.". */
const PREVIOUS_PLACE = /(?:^|[^\p{L}.])(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?) ?, $/u;

/** The tagger's type, unless a company's slot overrules it ("merge with Great Lakes Mobile"). */
function typeInContext(text: string, span: NerSpan): EntityCandidate['type'] {
  // Why: a line's first word in capitals before ", Australia (Reuters)" is the dateline's place.
  if (
    span.type === 'Organization' &&
    /(?:^|\n)\s*$/u.test(text.slice(Math.max(0, span.start - 5), span.start)) &&
    !/\p{Ll}/u.test(text.slice(span.start, span.end)) &&
    DATELINE_AFTER.test(text.slice(span.end, span.end + 40))
  ) {
    return 'Place';
  }
  // Why: "US President Bill Clinton", "U.S. Ambassador X": a country before a title is the place.
  if (span.type === 'Organization') {
    const place = gazetteer().places.get(text.slice(span.start, span.end));
    if (place?.kind === 'country' && TITLE_AFTER.test(text.slice(span.end, span.end + 30))) return 'Place';
    // Why: a known city before its state or country is the place ("SCI Financial Group, Cedar Rapids, Iowa").
    const next = place?.kind === 'city' ? CHAIN_NEXT.exec(text.slice(span.end, span.end + 40)) : null;
    const state = next?.[1] ? gazetteer().places.get(next[1]) : undefined;
    // Why: the same country on both sides ("Orion, Piedmont" in a list of airlines is no chain).
    const inside =
      state !== undefined &&
      state.kind !== 'city' &&
      state.country !== undefined &&
      state.country === place?.country;
    return inside ? 'Place' : span.type;
  }
  if (span.type !== 'Person' && span.type !== 'Place') return span.type;
  // Why: a known country, state or big city stays a place ("a bid for Uruguay's Lactosur").
  const place = gazetteer().places.get(text.slice(span.start, span.end));
  if (place !== undefined && isProminent(place)) return span.type;
  // Why: the tail of a place chain stays a place ("based in Washington, D.C., is a nonprofit association").
  const head = PREVIOUS_PLACE.exec(text.slice(Math.max(0, span.start - 40), span.start))?.[1];
  if (span.type === 'Place' && head !== undefined && gazetteer().places.has(head)) return span.type;
  return organizationByContext(text, span, span.type) ? 'Organization' : span.type;
}

/** A capitalised word right before a person's name that opens with an initial: "Guy M. Struve". */
const FIRST_NAME_BEFORE = /(?:^|[\s"“(])(\p{Lu}\p{Ll}+) $/u;

/** A tagged person that opens with a middle initial takes the first name before it ("Guy M. Struve"). */
function withFirstName(text: string, span: NerSpan): NerSpan {
  if (span.type !== 'Person' || !/^\p{Lu}\. \p{Lu}/u.test(text.slice(span.start, span.end))) return span;
  const m = FIRST_NAME_BEFORE.exec(text.slice(Math.max(0, span.start - 20), span.start));
  const word = m?.[1];
  if (!word || HONORIFICS.has(word) || NOT_ENTITIES.has(word) || /^(?:The|A|An|In|On|At|By|For)$/u.test(word))
    return span;
  return { ...span, start: span.start - word.length - 1 };
}

/** Merge candidates from rules and tagger into one non-overlapping, offset-sorted list. */
export function mergeCandidates(
  text: string,
  found: EntityCandidate[],
  tagged: NerSpan[],
): EntityCandidate[] {
  const rules = found.flatMap((c) =>
    splitAtHeadlineVerb(text, c).map((p) => (p === c ? c : { ...p, text: text.slice(p.start, p.end) })),
  );
  const ner = tagged.flatMap((span) => splitAtHeadlineVerb(text, span));
  const out: EntityCandidate[] = [];
  const strong = rules
    .filter((c) => c.type && STRONG_SOURCES.has(c.source))
    .map((c) =>
      // Why: a place's head word names companies too ("Kinross acquired Echo Bay"): a name the gazetteer
      // does not know, in a slot only a company fills, is one.
      c.source === 'place-head' && !gazetteer().places.has(c.text) && organizationByContext(text, c, 'Place')
        ? { ...c, type: 'Organization' as const, source: 'org-context' }
        : c,
    );
  const taken: { start: number; end: number }[] = [...strong];
  out.push(...strong);
  const { demonyms } = gazetteer();
  for (const tagged of splitPlaceLists(text, ner)) {
    const whole = withFirstName(text, withoutLowercaseTail(text, withoutFinalPeriod(text, tagged)));
    const span = whole.type === 'Organization' ? { ...whole, ...withoutRoleWords(text, whole) } : whole;
    if (span.score < MIN_NER_SCORE || taken.some((t) => overlaps(t, span))) continue;
    // Why: the tagger's part of a longer name in a company's slot ("The Los Angeles Philharmonic is an
    // American orchestra", "Lazarus Department Store is a clothing store") yields to the whole name.
    const longer = rules.find(
      (c) =>
        !strong.includes(c) &&
        c.start <= span.start &&
        c.end >= span.end &&
        c.end - c.start > span.end - span.start &&
        (c.type === undefined || c.type === 'Organization') &&
        // Why: only capitalised words around the tagger's span ("Daniels Pharmaceuticals Inc of St." no).
        !/(?<![\p{L}\d])\p{Ll}|\./u.test(
          text.slice(c.start, span.start) + ' ' + text.slice(span.end, c.end),
        ) &&
        !taken.some((t) => overlaps(t, c)) &&
        organizationByContext(
          text,
          c,
          span.type === 'Place' || span.type === 'Person' ? span.type : undefined,
        ),
    );
    if (longer) {
      out.push({ ...longer, type: 'Organization', source: 'org-context' });
      taken.push(longer);
      continue;
    }
    const surface = text.slice(span.start, span.end);
    if (NOT_ENTITIES.has(surface) || COMPANY_ORGANS.has(surface) || demonyms.has(surface)) continue;
    if (isAcademicPost(text, span)) continue;
    const sentence = rules.find((c) => overlaps(c, span))?.sentence ?? -1;
    // Why: once "Ascend Elements" is an organization, "Ascend" is a short form of it, whatever the
    // tagger guessed; leave the type open so alias resolution decides.
    const short = strong.some(
      (c) => c.text !== surface && (c.text.startsWith(`${surface} `) || c.text.endsWith(` ${surface}`)),
    );
    out.push({
      start: span.start,
      end: span.end,
      text: surface,
      type: short ? undefined : typeInContext(text, span),
      source: 'ner',
      sentence,
      tokens: [-1, -1],
    });
    taken.push(span);
  }
  for (const c of rules) {
    if (strong.includes(c) || taken.some((t) => overlaps(t, c))) continue;
    // Why: an unconfirmed guess keeps its span untyped, so "GEM" can still join "GEM Co." as an alias.
    const kept = keepUnconfirmed(c) ? c : { ...c, type: undefined };
    // Why: a name no cue typed is still a company in a company's slot ("a bid for Lactosur").
    out.push(
      kept.type === undefined && organizationByContext(text, kept)
        ? { ...kept, type: 'Organization', source: 'org-context' }
        : kept,
    );
  }
  // Why: whatever typed it a person ("lead manager Union Bank of Switzerland said"), a name holding
  // "Bank" or "Ltd" is a company's.
  for (const c of out) if (c.type === 'Person' && hasCorporateWord(c.text)) c.type = 'Organization';
  const named = out.flatMap((c) => {
    if (c.type !== 'Place' && isTitlePart(text, c)) return [];
    if (c.type !== 'Organization' && c.type !== undefined) return [c];
    if (COMPANY_ORGANS.has(c.text) || isDepartment(c.text)) return [];
    const edge = withoutRoleWords(text, c);
    const trimmed =
      edge.start === c.start && edge.end === c.end
        ? c
        : { ...c, ...edge, text: text.slice(edge.start, edge.end) };
    return [trimmed];
  });
  harmonizeLists(text, named);
  harmonizeTypes(named);
  return named.sort((a, b) => a.start - b.start);
}

/** One type per surface form in a document: the most frequent one ("Anthropic" is not a place here). */
function harmonizeTypes(candidates: EntityCandidate[]): void {
  const votes = new Map<string, Map<string, number>>();
  for (const c of candidates) {
    if (!c.type || !c.text) continue;
    const weight = STRONG_SOURCES.has(c.source) ? 3 : 1;
    const v = votes.get(c.text) ?? new Map<string, number>();
    v.set(c.type, (v.get(c.type) ?? 0) + weight);
    votes.set(c.text, v);
  }
  for (const c of candidates) {
    const v = votes.get(c.text);
    if (!c.type || !v || v.size < 2) continue;
    const best = [...v.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    c.type = best as EntityCandidate['type'];
  }
}
