// The shipped compact place data (models/place-data.json.gz) holds exactly what the packages give.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITY_POPULATION_FLOOR } from '../../src/extract/lexicons/gazetteer.js';
import {
  DEFAULT_PLACE_DATA_URL,
  decodePlaceData,
  encodePlaceData,
  PLACE_DATA_MIN_POPULATION,
  placeDataFromPackages,
} from '../../src/extract/lexicons/place-data.js';
import { CITY_MIN_POPULATION } from '../../src/extract/ner/gazetteer.js';

describe('place data', () => {
  it('keeps every city a gazetteer reads', () => {
    expect(CITY_POPULATION_FLOOR).toBeGreaterThanOrEqual(PLACE_DATA_MIN_POPULATION);
    expect(CITY_MIN_POPULATION).toBeGreaterThanOrEqual(PLACE_DATA_MIN_POPULATION);
  });

  it('ships a file equal to the installed packages (else: node scripts/build-place-data.mjs)', () => {
    const shipped = decodePlaceData(readFileSync(DEFAULT_PLACE_DATA_URL));
    expect(shipped).toBeDefined();
    expect(shipped).toEqual(placeDataFromPackages());
  });

  it('round-trips and refuses a file it cannot read', () => {
    const data = {
      cities: [{ name: 'Zürich', country: 'CH', population: 341_730 }],
      states: [{ name: 'Bavaria', countryCode: 'DE' }],
    };
    expect(decodePlaceData(encodePlaceData(data))).toEqual(data);
    expect(decodePlaceData(Buffer.from('not gzip'))).toBeUndefined();
  });
});
