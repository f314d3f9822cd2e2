// Entity mentions: capitalised name chunks from compromise's tokens, typed by lexicons, gazetteer and context.
import type { EntityType, Span } from '../types.js';
import { gazetteer } from './lexicons/gazetteer.js';
import { ORG_HEADS, ORG_LEADS, ORG_NOMINALS } from './lexicons/organizations.js';
import { HONORIFICS, NAME_PARTICLES } from './lexicons/people.js';
import { PLACE_HEADS } from './lexicons/places.js';
import { NOT_ENTITIES, NOT_NAME_TAIL } from './lexicons/stoplist.js';
import { ROLE_WORDS } from './lexicons/titles.js';
import { getNerModel } from './ner/index.js';
import type { Sentence, Token } from './nlp.js';
import { joinPartnershipNames } from './partnership-names.js';
import { splitSourceLine } from './source-lines.js';
import { coreText, isLegalSuffix, POSSESSIVE, stripDots } from './token-words.js';

/** An entity candidate before resolution. `type` is undefined while unknown. */
export interface EntityCandidate extends Span {
  text: string;
  type: EntityType | undefined;
  /** Which cue typed it. */
  source: string;
  sentence: number;
  /** Token range [first, last] in the sentence. */
  tokens: [number, number];
}

// Why: "eBay", "iCo Therapeutics": a brand may open with one or two lowercase letters before a capital.
const CAP = /^(?:\p{Lu}|\d+\p{Lu}|\p{Ll}{1,2}\p{Lu}\p{Ll})/u;
const FUNCTION_TAGS = ['Verb', 'Adverb', 'Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Adjective'];
const GENERATIONAL = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);
const CONNECTORS = new Set(['of', 'for', '&', 'and', ...NAME_PARTICLES]);

/** A middle or first initial ("James A. Garfield", "A. William Reynolds"), not the article "A". */
function isInitial(token: Token): boolean {
  return /^\p{Lu}$/u.test(token.text) && token.post.startsWith('.');
}

function isCap(token: Token): boolean {
  return CAP.test(token.text) && /\p{L}/u.test(token.text);
}

/** Whether two neighbouring tokens may sit in one name: only spaces between them, nothing quoted. */
function joins(a: Token, b: Token): boolean {
  if (POSSESSIVE.test(a.text)) return false;
  if (b.pre !== '') return false;
  if (a.post === ' ' || a.post === '') return true;
  // "Lip-Bu Tan", "Rolls-Royce": a hyphen between two capitalised words joins them ("Perth-based" not).
  if (a.post === '-' && isCap(a) && isCap(b)) return true;
  // Why: tokenised text spaces the hyphen ("Taylor - Wharton International LLC"); an all-caps word before
  // it is a dateline ("LONDON - Acme said") and a function word after it starts a sentence.
  if (a.post === ' - ' && /\p{Ll}/u.test(a.text) && isCap(a) && isCap(b) && !isFunctionWord(b)) return true;
  // "GEM Co., Ltd." and "Acme Holdings, Inc.": a legal suffix after a comma still belongs to the name.
  if (/^ ?\.? ?, ?$/.test(a.post) && isLegalSuffix(b)) return true;
  // "J.P. Morgan": an abbreviation's dot inside a name — but "U.S. Congress" is a place modifier and an
  // organization (the schema's "U.S. firm Acme").
  if (gazetteer().places.has(`${a.text}.`) || gazetteer().places.has(a.text)) return false;
  return a.post === '. ' && /^(?:\p{Lu}\.)+\p{Lu}?$/u.test(`${a.text}.`) && isCap(b);
}

function isFunctionWord(token: Token): boolean {
  return !token.tags.has('ProperNoun') && FUNCTION_TAGS.some((t) => token.tags.has(t));
}

/** Whether a word is mostly written in lowercase in news (a common word, not a name), by the NER's case profile. */
function isCommonWord(token: Token): boolean {
  if (/^\p{Lu}{2,}$/u.test(token.text)) return false;
  const bucket = getNerModel().caseProfile.get(token.text.toLowerCase());
  return bucket === 'L' || bucket === 'l' || bucket === 'm';
}

/** Heads of public bodies, whose names join fields with "and". */
const AGENCY_HEADS: ReadonlySet<string> = new Set([
  'Administration',
  'Agency',
  'Authority',
  'Board',
  'Bureau',
  'Commission',
  'Council',
  'Department',
  'Institute',
  'Ministry',
  'Office',
  'Service',
  'Services',
]);

/**
 * "Food and Drug Administration", "Securities and Exchange Commission", "Department of Health and Human
 * Services", "Bighorn Oil and Gas": an "and" inside one name joins common words before a head. Returns
 * the last token of the joined name, or undefined when "and" joins two names ("Ford and General Motors",
 * "Ascend Elements and GEM Co.").
 */
function andJoinedName(tokens: Token[], a: number, j: number): number | undefined {
  let k = j + 2;
  while (tokens[k + 1] && joins(tokens[k]!, tokens[k + 1]!) && isCap(tokens[k + 1]!)) k++;
  const last = tokens[k];
  const before = tokens[j]!;
  const after = tokens[j + 2];
  if (!last || !after || !isCap(after) || isLegalSuffix(before)) return undefined;
  // Why: "J.P. Morgan and Co Inc", "Jefferies and Co" are one firm; so are initials joined by "and"
  // before a company's head ("CB and T Bancshares Inc"), but not "IBM and HP".
  if (/^Co(?:mpany)?\.?$/u.test(after.text)) return k;
  const initials = /^\p{Lu}{1,2}$/u;
  if (k > j + 2 && initials.test(before.text) && initials.test(after.text)) return k;
  if (!ORG_HEADS.has(coreText(last)) && !isLegalSuffix(last)) return undefined;
  const runA = tokens.slice(a, j + 1);
  while (runA.length > 1 && NOT_ENTITIES.has(stripDots(coreText(runA[0]!)))) runA.shift();
  const places = gazetteer().places;
  const isPlace = (t: Token): boolean =>
    places.has(t.text) || places.has(coreText(t)) || places.has(stripDots(coreText(t)));
  // Why: "National Aeronautics and Space Administration": a common word, then a field, "and", common
  // words and a public body's head; companies ("General Electric and United Technologies Corp") end in
  // other heads.
  const agency =
    runA.length === 2 &&
    isCommonWord(runA[0]!) &&
    !ORG_HEADS.has(coreText(before)) &&
    !runA.some(isPlace) &&
    tokens.slice(j + 2, k).every(isCommonWord) &&
    AGENCY_HEADS.has(coreText(last));
  if (agency) return k;
  if (!isCommonWord(before) || !isCommonWord(after)) return undefined;
  // Why: only a field list ("Food", "U.S. Food", "Department of Health") or an industry pair ("Oil
  // and Gas") joins; "Kalahari Gold and Rand Precious Metals" are two companies.
  const fieldList =
    runA.length === 1 || (runA.length === 2 && isPlace(runA[0]!)) || runA.some((t) => t.text === 'of');
  const industryPair = k === j + 2 && ORG_HEADS.has(coreText(before));
  return fieldList || industryPair ? k : undefined;
}

/** A company officer's title words: a name does not run through their "of" ("Controller of Williams"). */
const OFFICER_TITLES: ReadonlySet<string> = new Set([
  'Manager',
  'Controller',
  'Treasurer',
  'Officer',
  'Counsel',
]);

/** Regions written in parentheses inside a company's legal name besides the gazetteer's places. */
const NAME_REGIONS: ReadonlySet<string> = new Set([
  'Americas',
  'Asia',
  'Europe',
  'International',
  'Overseas',
]);

/**
 * A region in parentheses inside a legal name: "GlaxoSmithKline Holdings (Americas) Inc.", "Pixaya (UK)
 * Limited", tokenised "Macquarie Group ( US ) Holdings": the name goes on after it with a legal form or
 * an organization head, so "Acme (UK) said" keeps its place out.
 */
function parenthesizedRegion(cur: Token, region: Token, after: Token | undefined): boolean {
  const opens = /^ ?\( ?$/.test(cur.post) || (cur.post === ' ' && region.pre === '(');
  if (!opens || !/^ ?\) ?$/.test(region.post) || !after || after.pre !== '') return false;
  if (!NAME_REGIONS.has(region.text) && !gazetteer().places.has(region.text)) return false;
  return isLegalSuffix(after) || ORG_HEADS.has(coreText(after));
}

/** Split a sentence into maximal runs of capitalised tokens (names), with connectors inside. */
function nameRuns(sentence: Sentence): [number, number][] {
  const runs: [number, number][] = [];
  const { tokens } = sentence;
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (!isCap(tok)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const cur = tokens[j]!;
      const next = tokens[j + 1];
      if (next && parenthesizedRegion(cur, next, tokens[j + 2])) {
        j += 2;
        continue;
      }
      if (!next || !joins(cur, next)) break;
      // Why: "Illinois Gov. James Thompson", "U.S. Ambassador Vernon Walters": a title splits two names.
      // A surname that is also a title keeps its name: "Martin Luther King Jr.".
      const generational = GENERATIONAL.has(stripDots(tokens[j + 2]?.text ?? ''));
      const honorificNext =
        HONORIFICS.has(stripDots(next.text)) &&
        isCap(tokens[j + 2] ?? next) &&
        j + 2 < tokens.length &&
        !generational;
      if (honorificNext && !ORG_HEADS.has(coreText(tokens[j + 2]!))) break;
      if (isCap(next) || isLegalSuffix(next)) {
        j++;
        continue;
      }
      // Tokenised text: "Lyne Laboratories , Inc." has the comma as a token of its own.
      const suffix = tokens[j + 2];
      if (next.text === ',' && suffix && isLegalSuffix(suffix) && joins(next, suffix)) {
        j += 2;
        continue;
      }
      // Connector inside a name: "Bank of America", "Procter & Gamble", "Ludwig van Beethoven".
      const after = tokens[j + 2];
      // Why: "International Subsidiaries Manager of Phenomenex": an officer's title ends before its "of".
      if (next.text === 'of' && OFFICER_TITLES.has(cur.text)) break;
      if (CONNECTORS.has(next.text) && after && joins(next, after) && isCap(after)) {
        const head = tokens
          .slice(i, j + 1)
          .some((t) => ORG_LEADS.has(coreText(t)) || ORG_HEADS.has(coreText(t)));
        const ok = next.text === '&' || (next.text !== 'and' && (head || NAME_PARTICLES.has(next.text)));
        if (ok) {
          j += 2;
          continue;
        }
        const joined = next.text === 'and' ? andJoinedName(tokens, i, j) : undefined;
        if (joined !== undefined) {
          j = joined;
          continue;
        }
      }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** Trim tokens that cannot begin or end a name (articles, titles, time words, furniture). */
function trimRun(tokens: Token[], [a, b]: [number, number]): [number, number] | undefined {
  // Why: "General Motors" and "President Energy Co." are names, not a title before one.
  const orgName = b > a && (ORG_HEADS.has(coreText(tokens[b]!)) || isLegalSuffix(tokens[b]!));
  while (a <= b) {
    const t = tokens[a]!;
    const word = stripDots(coreText(t));
    const honorific = HONORIFICS.has(word) && !orgName;
    const stop = NOT_ENTITIES.has(word) && !isInitial(t);
    if (stop || honorific || t.tags.has('Month') || t.tags.has('WeekDay')) a++;
    else break;
  }
  while (b >= a) {
    const t = tokens[b]!;
    const word = stripDots(coreText(t));
    // Why: "Jr." closes a name ("Martin Luther King Jr.") and keeps the surname before it.
    if (GENERATIONAL.has(word) && b > a) break;
    const tail =
      NOT_NAME_TAIL.has(t.text) || HONORIFICS.has(word) || (NOT_ENTITIES.has(word) && !isLegalSuffix(t));
    // Why: an amount ("for A$95 million") closes no name; the connector before it goes next.
    const amount = /[$€£¥]|^\d/.test(t.text);
    if (tail || amount || t.tags.has('WeekDay') || CONNECTORS.has(t.text)) b--;
    else break;
  }
  return a <= b ? [a, b] : undefined;
}

/** Legal forms written with a closing dot ("Co.", "Inc."); after "A/S", "Oy" or "AG" a dot ends the sentence. */
export const DOTTED_SUFFIXES: ReadonlySet<string> = new Set([
  'Co',
  'Cos',
  'Inc',
  'Corp',
  'Ltd',
  'Ltda',
  'Bhd',
  'Sdn',
  'Pty',
  'Pte',
  'Pvt',
  'Cia',
  'Cie',
]);

function spanOf(text: string, tokens: Token[], a: number, b: number): Span {
  const first = tokens[a]!;
  const last = tokens[b]!;
  let end = last.start + coreText(last).length;
  // Why: "Co." and "Inc." keep their dot; a sentence-final period after other names does not belong.
  if (
    (DOTTED_SUFFIXES.has(coreText(last)) || GENERATIONAL.has(coreText(last))) &&
    last.post.startsWith('.') &&
    !POSSESSIVE.test(last.text)
  )
    end += 1;
  else if (/^(?:\p{Lu}\.)+$/u.test(`${last.text}.`) && last.post.startsWith('.')) end += 1;
  return { start: first.start, end: Math.min(end, text.length) };
}

const BASED = /^-?based$/i;
const DEAL_VERBS =
  /^(?:acquired|acquires|completed its (?:acquisition|purchase)|agreed to (?:acquire|buy)|invested|merged|partnered|teamed up|has acquired|has agreed to acquire|signed an? (?:memorandum|MOU|agreement|deal))\b/;
const ROLES = new Set(ROLE_WORDS.filter((w) => !w.includes(' ')));
/** Roles held in companies, not in governments ("president of France" is a place). */
const CORPORATE_ROLES = new Set([
  'ceo',
  'cfo',
  'coo',
  'cto',
  'officer',
  'chairman',
  'chairwoman',
  'executive',
  'founder',
  'co-founder',
  'cofounder',
  'editor',
  'analyst',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'engineer',
  'economist',
  'strategist',
  'employee',
  'partner',
  'owner',
  'shareholder',
  'investor',
  'subsidiary',
  'unit',
  'division',
]);
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'near',
  'across',
  'outside',
  'into',
  'throughout',
  'within',
]);
const ROLE_LEADS = new Set([
  'former',
  'then',
  'interim',
  'acting',
  'senior',
  'executive',
  'deputy',
  'vice',
  'chief',
  'managing',
  'general',
]);

/** Context around a run that says what it is. */
function typeFromContext(tokens: Token[], a: number, b: number): [EntityType, string] | undefined {
  const prev = tokens[a - 1];
  const next = tokens[b + 1];
  const last = tokens[b]!;
  // Why: "Quebec-based"; "Pa.-based" reaches here as "Pa" + ". " + "based" (see nlp.ts).
  if (next && (last.post === '-' || last.post === '. ') && BASED.test(next.text)) return ['Place', 'x-based'];
  // Why: "Professor Emeritus of Mathematics": the Latin word completes the title, it is no name.
  // A closed bracket or a colon ends the title's phrase: "George Washington (first President): Born …".
  if (
    prev &&
    HONORIFICS.has(stripDots(prev.text)) &&
    !/[):;]/.test(prev.post) &&
    !/^Emerit(?:us|a|i)$/.test(tokens[a]!.text)
  )
    return ['Person', 'honorific'];
  // "Linh Austin, president and CEO of …", "Jane Roe, a former executive at …"
  if (b > a && next && last.post.startsWith(',')) {
    let k = b + 1;
    if (/^(?:a|an|the|its)$/i.test(tokens[k]?.text ?? '')) k++;
    while (ROLE_LEADS.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
    const role = tokens[k]?.text.toLowerCase();
    if (role && ROLES.has(role) && !tokens.slice(a, b + 1).some((t) => t.tags.has('Place')))
      return ['Person', 'title-after'];
  }
  // "Satya Nadella is the chief executive officer of …", "Jane Roe was named president of …"
  // Why: a company is a member or partner too ("the South East Texas Regional Planning Commission is a
  // member of …"): a name ending in a company's head word is not typed by the role after it.
  const companyHead = isLegalSuffix(last) || ORG_HEADS.has(coreText(last));
  if (b > a && !companyHead && next?.text && /^(?:is|was|became|remains|serves|served)$/.test(next.text)) {
    let k = b + 2;
    while (/^(?:the|a|an|its|named|appointed|as|also|now|currently)$/.test(tokens[k]?.text ?? '')) k++;
    while (ROLE_LEADS.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
    const role = tokens[k]?.text.toLowerCase();
    if (role && ROLES.has(role) && /^(?:of|at|for)$/.test(tokens[k + 1]?.text ?? ''))
      return ['Person', 'title-after'];
  }
  // "chief technology officer of Tesla", "an analyst at Morgan Stanley": corporate roles take organizations.
  // Why: a possessive place only qualifies the company after it ("a subsidiary of Germany's Deutsche Post").
  const possessivePlace = POSSESSIVE.test(last.text) && gazetteer().places.has(coreText(last));
  if (
    prev &&
    /^(?:of|at)$/.test(prev.text) &&
    CORPORATE_ROLES.has(tokens[a - 2]?.text.toLowerCase() ?? '') &&
    !possessivePlace
  )
    return ['Organization', 'title-of'];
  // "founded by Reed Hastings and Marc Randolph", "led by Jane Roe" — not "led by Initech Corp."
  if (b > a && !isLegalSuffix(tokens[b]!) && !ORG_HEADS.has(coreText(tokens[b]!))) {
    let k = a - 1;
    while (k >= 0 && k >= a - 6 && (isCap(tokens[k]!) || tokens[k]!.text === 'and')) k--;
    // Why: "founded in 2017 by JB Straubel": a year may sit between the verb and "by".
    const verb =
      tokens[k - 1]?.tags.has('Date') && tokens[k - 2]?.text === 'in' ? tokens[k - 3] : tokens[k - 1];
    if (
      tokens[k]?.text === 'by' &&
      /^(?:(?:co-?)?founded|started|established|led|headed|chaired|run)$/.test(verb?.text ?? '')
    )
      return ['Person', 'founded-by'];
  }
  // "CEO Linh Austin", "spokeswoman Ana Lima"
  if (
    b > a &&
    prev &&
    ROLES.has(prev.text.toLowerCase()) &&
    prev.post === ' ' &&
    !isCap(tokens[a - 2] ?? prev)
  )
    return ['Person', 'title-before'];
  // "energy firms BP and McDermott", "the Chinese carmaker Geely"
  if (prev && ORG_NOMINALS.has(prev.text.toLowerCase().replace(/s$/, '')) && prev.post === ' ')
    return ['Organization', 'nominal-before'];
  // "Microsoft completed its acquisition of …", "Acme acquired …": deal verbs take organizations.
  if (
    next &&
    last.post === ' ' &&
    DEAL_VERBS.test(
      tokens
        .slice(b + 1, b + 4)
        .map((t) => t.text)
        .join(' '),
    )
  )
    return ['Organization', 'deal-verb'];
  // "GEM Co., a Shenzhen-based firm", "Acme, the maker of …" — but after a place's preposition the
  // nominal is the next clause's subject ("Headquartered in Paris, the company employs 500").
  if (next && last.post.startsWith(',') && !PLACE_PREPOSITIONS.has(prev?.text.toLowerCase() ?? '')) {
    const window = tokens.slice(b + 1, b + 6);
    const det = window[0];
    if (det && /^(?:a|an|the)$/i.test(det.text)) {
      for (const [k, t] of window.slice(1).entries()) {
        // Why: the nominal must head the phrase: "a company spokeswoman" is a person.
        const after = window[k + 2];
        const heads =
          t.post.trim() !== '' ||
          !after ||
          !/^\p{Ll}/u.test(after.text) ||
          NOMINAL_FOLLOWERS.test(after.text);
        if (ORG_NOMINALS.has(t.text.toLowerCase()) && heads) return ['Organization', 'appositive-nominal'];
        if (t.post.includes(',') || t.post.includes('.')) break;
      }
    }
  }
  return undefined;
}

/** Words that may follow a company nominal that heads its phrase ("a firm that", "a company based in"). */
const NOMINAL_FOLLOWERS =
  /^(?:that|which|whose|based|headquartered|in|with|and|or|owned|backed|controlled|led|founded|since|from|of|for|to|by|is|was|has|had)$/u;

/**
 * A name after "in" and before a comma and a state or country is a town, whatever its head word
 * ("originally based in Wylie, Texas, later in Caddo Mills, Texas").
 */
function placeInChain(tokens: Token[], a: number, b: number): boolean {
  if (a === 0 || !/^(?:in|near)$/u.test(tokens[a - 1]!.text) || tokens[b]!.post.trim() !== ',') return false;
  const next = tokens[b + 1];
  if (!next) return false;
  const two = tokens[b + 2] && next.post === ' ' ? `${next.text} ${tokens[b + 2]!.text}` : undefined;
  const { places } = gazetteer();
  const region =
    (two !== undefined ? places.get(two.replace(/[.,]$/u, '')) : undefined) ?? places.get(next.text);
  return region !== undefined && region.kind !== 'city';
}

/**
 * A first name alone as a clause's subject names the person a biography is about ("In October 2009 Mike
 * set up Rollings Butt LLP", "Frederick founded and led Manzanita Solutions").
 */
function loneFirstNameSubject(tokens: Token[], a: number): boolean {
  const name = tokens[a]!;
  const next = tokens[a + 1];
  if (!name.tags.has('FirstName') || name.tags.has('Place') || POSSESSIVE.test(name.text)) return false;
  if (!next || name.post !== ' ' || !/^\p{Ll}/u.test(next.text) || !next.tags.has('Verb')) return false;
  const prev = tokens[a - 1];
  return !prev || /[,;]\s*$/u.test(prev.post) || prev.tags.has('Date') || prev.tags.has('Value');
}

function typeFromName(tokens: Token[], a: number, b: number, text: string): [EntityType, string] | undefined {
  const first = tokens[a]!;
  const last = tokens[b]!;
  const gaz = gazetteer();
  if (isLegalSuffix(last) && b > a) return ['Organization', 'legal-suffix'];
  // Why: "Soviet Union" and "United Arab Emirates" are places although they end like organizations.
  const known = gaz.places.get(text);
  if (known && known.kind !== 'city') return ['Place', 'gazetteer'];
  if (b > a && ORG_HEADS.has(coreText(last)) && !placeInChain(tokens, a, b))
    return ['Organization', 'org-head'];
  // Why: "Waccamaw State Bank of Surfside Beach": a company's head before "of" outranks the place's.
  const headBeforeOf = tokens
    .slice(a, b)
    .some((t, i) => i > 0 && a + i + 1 < b && tokens[a + i + 1]!.text === 'of' && ORG_HEADS.has(coreText(t)));
  if (headBeforeOf) return ['Organization', 'org-head'];
  if (b > a && PLACE_HEADS.has(coreText(last))) return ['Place', 'place-head'];
  if (b > a && ORG_LEADS.has(coreText(first)) && tokens.slice(a, b + 1).some((t) => t.text === 'of'))
    return ['Organization', 'org-lead'];
  if (gaz.places.has(text)) return ['Place', 'gazetteer'];
  if (gaz.demonyms.has(text)) return undefined;
  const tokensIn = tokens.slice(a, b + 1);
  // Why: a legal form alone ("Co-lead is …", a wrapped "Inc") names no company.
  if (
    tokensIn.some((t) => t.tags.has('Organization')) &&
    !tokensIn.some((t) => t.tags.has('Person')) &&
    !(b === a && isLegalSuffix(first))
  )
    return ['Organization', 'compromise-org'];
  if (b > a && (first.tags.has('FirstName') || tokensIn.every((t) => t.tags.has('Person'))))
    return ['Person', 'compromise-person'];
  if (b === a && loneFirstNameSubject(tokens, a)) return ['Person', 'first-name-subject'];
  if (tokensIn.some((t) => t.tags.has('Place')) && b === a) return ['Place', 'compromise-place'];
  return undefined;
}

/**
 * Find entity candidates in parsed sentences. Candidates with `type` undefined are capitalised names
 * with no cue yet; document-level consistency (same name typed elsewhere) may type them later.
 */
export function findEntityCandidates(text: string, sentences: Sentence[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const gaz = gazetteer();
  sentences.forEach((sentence, s) => {
    const { tokens } = sentence;
    const runs = joinPartnershipNames(tokens, nameRuns(sentence));
    const parts = runs.flatMap((run) => splitSourceLine(tokens, run));
    for (const { range, outlet } of parts) {
      const trimmed = trimRun(tokens, range);
      if (!trimmed) continue;
      let [a, b] = trimmed;
      // Sentence-initial common words ("Ascend", "Financial") only count when the name goes on.
      if (a === 0 && isFunctionWord(tokens[a]!) && b === a && !gaz.places.has(tokens[a]!.text)) {
        out.push({
          ...spanOf(text, tokens, a, b),
          text: '',
          type: undefined,
          source: 'sentence-initial',
          sentence: s,
          tokens: [a, b],
        });
        continue;
      }
      // "Westborough EV battery recycler": all-caps jargon ends a name.
      for (let k = a + 1; k <= b; k++) {
        const word = stripDots(coreText(tokens[k]!));
        if (NOT_ENTITIES.has(word) && !isInitial(tokens[k]!) && !GENERATIONAL.has(word)) {
          b = k - 1;
          break;
        }
      }
      const span = spanOf(text, tokens, a, b);
      const name = text.slice(span.start, span.end);
      if (NOT_ENTITIES.has(name) || gaz.demonyms.has(name) || (name.length < 2 && !/\p{Lu}/u.test(name)))
        continue;
      const typed: [EntityType, string] | undefined = outlet
        ? ['Organization', 'source-line']
        : (typeFromContext(tokens, a, b) ?? typeFromName(tokens, a, b, name));
      let type = typed?.[0];
      let source = typed?.[1] ?? 'name';
      // Acronyms ("GEM", "ONGC") that are not places are organizations more often than not.
      if (!type && a === b && /^\p{Lu}{2,6}$/u.test(name) && !gaz.places.has(name)) {
        type = 'Organization';
        source = 'acronym';
      }
      // Why: an x-based cue overrides a person reading ("Austin-based") but not an organization name.
      if (source === 'x-based') {
        const byName = typeFromName(tokens, a, b, name);
        if (byName?.[0] === 'Organization' && byName[1] !== 'compromise-org') [type, source] = byName;
      }
      out.push({ ...span, text: name, type, source, sentence: s, tokens: [a, b] });
    }
  });
  return out.filter((c) => c.text !== '' || c.source === 'sentence-initial');
}
