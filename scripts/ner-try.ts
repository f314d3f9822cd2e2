import { readFileSync } from 'node:fs';
import { tagEntities } from '../src/extract/ner/index.js';

const text = process.argv[2] === '-' ? readFileSync(0, 'utf8') : readFileSync(process.argv[2] ?? '', 'utf8');
const t0 = Date.now();
const spans = tagEntities(text);
console.error(`${Date.now() - t0} ms`);
for (const s of spans)
  console.log(s.type.padEnd(12), s.score.toFixed(2), JSON.stringify(text.slice(s.start, s.end)));
