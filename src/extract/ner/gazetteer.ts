// Gazetteers for NER features: places, corporate suffixes, person names; loaded once per process.
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { placeData } from '../lexicons/place-data.js';
import type { NerToken } from './tokenize.js';

/** Cities smaller than this are left out: small towns share names with common words ("Of", "Man"). */
export const CITY_MIN_POPULATION = 50_000;
/** Longest multi-word gazetteer entry, in tokens. */
const MAX_PHRASE = 4;

/** Words that end organisation names (lowercase, no period). */
export const ORG_SUFFIXES: readonly string[] = [
  'inc',
  'corp',
  'co',
  'cos',
  'ltd',
  'llc',
  'plc',
  'lp',
  'llp',
  'ag',
  'sa',
  'nv',
  'bv',
  'gmbh',
  'spa',
  'ab',
  'asa',
  'oyj',
  'kk',
  'corporation',
  'company',
  'companies',
  'limited',
  'incorporated',
  'group',
  'holdings',
  'holding',
  'bank',
  'bancorp',
  'airlines',
  'airways',
  'motors',
  'industries',
  'technologies',
  'systems',
  'partners',
  'capital',
  'ministry',
  'university',
  'college',
  'agency',
  'party',
  'council',
  'association',
  'institute',
  'federation',
  'union',
  'committee',
  'commission',
  'fund',
  'foundation',
  'times',
  'journal',
  'post',
  'news',
  'press',
  'club',
  'united',
  'fc',
  'securities',
  'energy',
  'pharmaceuticals',
  'labs',
  'laboratories',
  'electronics',
  'communications',
  'enterprises',
  'ventures',
  'trust',
  'insurance',
  'services',
  'solutions',
  'department',
  'office',
  'court',
  'army',
  'navy',
  'police',
];

/** Words that introduce person names (lowercase, no period). */
export const PERSON_TITLES: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'president',
  'ceo',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'minister',
  'senator',
  'sen',
  'rep',
  'gov',
  'governor',
  'judge',
  'prof',
  'professor',
  'spokesman',
  'spokeswoman',
  'coach',
  'manager',
  'officer',
  'executive',
  'founder',
  'king',
  'queen',
  'pope',
  'prince',
  'general',
  'gen',
  'secretary',
  'leader',
  'mayor',
];

interface Gazetteer {
  /** Single lowercase word → feature labels. */
  words: Map<string, string[]>;
  /** Lowercase phrase of 2..MAX_PHRASE words joined by one space → labels. */
  phrases: Map<string, string[]>;
}

let cached: Gazetteer | undefined;

function add(map: Map<string, string[]>, key: string, label: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [label]);
  else if (!list.includes(label)) list.push(label);
}

function addName(g: Gazetteer, name: string, label: string): void {
  const words = name
    .toLowerCase()
    .split(/[\s]+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_PHRASE) return;
  if (words.length === 1) add(g.words, words[0] ?? '', label);
  else add(g.phrases, words.join(' '), label);
}

/** Build (once) and return the gazetteers. Deterministic: sources are fixed package data. */
export function loadGazetteer(): Gazetteer {
  if (cached !== undefined) return cached;
  const g: Gazetteer = { words: new Map(), phrases: new Map() };
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as Array<{
    name: { common: string; official: string };
    demonyms?: Record<string, { f: string; m: string }>;
    capital?: string[];
  }>;
  for (const c of countries) {
    addName(g, c.name.common, 'country');
    addName(g, c.name.official, 'country');
    for (const cap of c.capital ?? []) addName(g, cap, 'city');
    const eng = c.demonyms?.eng;
    if (eng) {
      addName(g, eng.m, 'demonym');
      addName(g, eng.f, 'demonym');
    }
  }
  const { cities, states } = placeData();
  for (const s of states) addName(g, s.name, 'state');
  for (const c of cities) if (c.population >= CITY_MIN_POPULATION) addName(g, c.name, 'city');
  // compromise's lexicon: first/last names, places, organisations, honorifics.
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    let named = false;
    for (const tag of list) {
      const label = LEXICON_LABELS[tag];
      if (label !== undefined) {
        addName(g, word, label);
        named = true;
      }
    }
    // Why: a capitalised common word ("Elements", "Paper") heads organisations far more often than it
    // is part of a person's name.
    if (!named && !word.includes(' ') && list.some((t) => COMMON_TAGS.has(t))) add(g.words, word, 'common');
  }
  for (const w of ORG_SUFFIXES) add(g.words, w, 'orgsuffix');
  for (const w of PERSON_TITLES) add(g.words, w, 'title');
  for (const list of g.words.values()) list.sort();
  for (const list of g.phrases.values()) list.sort();
  cached = g;
  return g;
}

const COMMON_TAGS = new Set([
  'Noun',
  'Singular',
  'Plural',
  'Uncountable',
  'Adjective',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Actor',
  'Comparative',
  'Superlative',
  'Adverb',
]);

const LEXICON_LABELS: Record<string, string> = {
  FirstName: 'fname',
  MaleName: 'fname',
  FemaleName: 'fname',
  LastName: 'lname',
  Person: 'person',
  City: 'city',
  Country: 'country',
  Region: 'state',
  Place: 'place',
  Organization: 'org',
  SportsTeam: 'org',
  Demonym: 'demonym',
  Honorific: 'title',
};

/** Normalise a token for gazetteer lookup: lowercase, trailing period dropped, curly apostrophe folded. */
export function gazetteerKey(token: string): string {
  return token.toLowerCase().replace(/\.$/u, '').replace(/’/gu, "'");
}

/** What the gazetteer says about one token text on its own. */
interface TokenLookup {
  key: string;
  cap: boolean;
  /** Single-word labels that apply (after the capitalisation filter), in list order. */
  labels: readonly string[];
  /** Whether some multi-word entry starts with this key. */
  phraseStart: boolean;
}

// Why: the same words recur in every document; the lookup of a token text is memoised per process
// (bounded: the memo starts again beyond MAX_MEMO texts).
const memo = new Map<string, TokenLookup>();
const MAX_MEMO = 200_000;
let phraseFirsts: Set<string> | undefined;

function lookupToken(g: Gazetteer, text: string): TokenLookup {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  if (memo.size >= MAX_MEMO) memo.clear();
  if (phraseFirsts === undefined) {
    phraseFirsts = new Set();
    for (const phrase of g.phrases.keys()) phraseFirsts.add(phrase.slice(0, phrase.indexOf(' ')));
  }
  const key = gazetteerKey(text);
  const cap = /^\p{Lu}/u.test(text);
  const labels: string[] = [];
  for (const l of g.words.get(key) ?? []) {
    if (cap || l === 'orgsuffix' || l === 'title' || l === 'common') labels.push(l);
  }
  const out: TokenLookup = { key, cap, labels, phraseStart: phraseFirsts.has(key) };
  memo.set(text, out);
  return out;
}

/**
 * Gazetteer labels per token: single-word labels as `label`, multi-word matches (longest first) as
 * `B-label` / `I-label`. Only capitalised tokens match place/name lists, so "may" is not a name.
 */
export function gazetteerLabels(tokens: readonly NerToken[]): string[][] {
  const g = loadGazetteer();
  const look = tokens.map((t) => lookupToken(g, t.text));
  const out: string[][] = tokens.map(() => []);
  for (let i = 0; i < tokens.length; i++) {
    const t = look[i];
    const labels = out[i];
    if (t === undefined || labels === undefined) continue;
    for (const l of t.labels) labels.push(l);
    if (!t.cap || !t.phraseStart) continue;
    for (let len = Math.min(MAX_PHRASE, tokens.length - i); len >= 2; len--) {
      let phrase = t.key;
      for (let j = i + 1; j < i + len; j++) phrase += ` ${look[j]?.key ?? ''}`;
      const hit = g.phrases.get(phrase);
      if (hit === undefined) continue;
      for (const l of hit) {
        labels.push(`B-${l}`);
        for (let j = i + 1; j < i + len; j++) out[j]?.push(`I-${l}`);
      }
      break;
    }
  }
  return out;
}
