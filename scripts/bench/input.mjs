// Benchmark input: Reuters-21578 bodies (through corpgraph's own reader) when ../shared has them, else a
// small synthetic sample of our own text. Written as JSONL so every measurement reads the same documents.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REUTERS_DIR = resolve(import.meta.dirname, '../../../shared/datasets/reuters21578');

/** A deterministic synthetic newswire sample (our own templated text), used when Reuters is absent. */
function syntheticSample(n) {
  const orgs = [
    'Northwind Traders Inc',
    'Contoso Ltd',
    'Fabrikam Corp',
    'Tailspin Toys Inc',
    'Litware AG',
    'Adatum Corp',
    'Woodgrove Bank Corp',
    'Proseware Inc',
    'Lucerne Publishing Co',
    'Wingtip Airlines Inc',
  ];
  const places = [
    'Seattle',
    'London',
    'Chicago',
    'Denver',
    'Munich',
    'Boston',
    'Toronto',
    'Austin',
    'Tokyo',
    'Paris',
  ];
  const people = [
    'Maria Lopez',
    'James Whitfield',
    'Anna Berg',
    'Robert Chen',
    'Klaus Meyer',
    'Sarah Okafor',
  ];
  const docs = [];
  for (let i = 0; i < n; i++) {
    const a = orgs[i % orgs.length];
    const b = orgs[(i * 7 + 3) % orgs.length];
    const p = people[i % people.length];
    const c = places[(i * 3) % places.length];
    docs.push({
      id: `synthetic-${i}`,
      title: `${a.toUpperCase()} TO BUY ${b.toUpperCase()}`,
      text:
        `${a} said it agreed to acquire ${b} for ${12 + (i % 40)} mln dlrs in cash and stock. ` +
        `The company, based in ${c}, said the purchase would add about ${i % 9} pct to earnings next year. ` +
        `${p}, chairman and chief executive officer of ${a}, said the board approved the deal.\n\n` +
        `${b} shareholders will receive ${i % 5} shares for each share held, ${a} said. ` +
        `Analysts in ${places[(i + 4) % places.length]} said the price was fair given first quarter results, ` +
        `which showed net income of ${(i % 13) + 1}.${i % 10} mln dlrs, up from a year earlier.`,
    });
  }
  return docs;
}

/**
 * Write the benchmark inputs to `dir`: `sample.jsonl` (the first `docs` documents) and, for Reuters,
 * `all.jsonl` (every document). Returns what was written and a label saying where the text comes from.
 */
export async function prepareInput(dir, docs, dist) {
  const files = existsSync(REUTERS_DIR)
    ? readdirSync(REUTERS_DIR)
        .filter((f) => /^reut2-\d+\.sgm$/u.test(f))
        .sort()
        .map((f) => join(REUTERS_DIR, f))
    : [];
  let all;
  let label;
  if (files.length > 0) {
    const { ingest } = await import(`${dist}/ingest/index.js`);
    all = [];
    for await (const item of ingest(files, { format: 'reuters-sgml' })) {
      if (item.kind !== 'document') continue;
      const { doc } = item;
      all.push({ id: doc.sourceId ?? doc.id, title: doc.title, published: doc.published, text: doc.text });
    }
    label = `Reuters-21578 bodies (${files.length} reut2-*.sgm files, ../shared/datasets/reuters21578)`;
  } else {
    all = syntheticSample(Math.min(docs, 600));
    label = 'SYNTHETIC SAMPLE (Reuters-21578 not found in ../shared): templated text written for this bench';
  }
  const sample = all.slice(0, docs);
  const toJsonl = (list) => `${list.map((d) => JSON.stringify(d)).join('\n')}\n`;
  const sampleFile = join(dir, 'sample.jsonl');
  writeFileSync(sampleFile, toJsonl(sample));
  let allFile;
  if (files.length > 0) {
    allFile = join(dir, 'all.jsonl');
    writeFileSync(allFile, toJsonl(all));
  }
  const words = (list) => list.reduce((n, d) => n + (d.text.match(/\S+/gu)?.length ?? 0), 0);
  return {
    label,
    sampleFile,
    sampleDocs: sample.length,
    sampleWords: words(sample),
    sampleBytes: Buffer.byteLength(sample.map((d) => d.text).join('')),
    allFile,
    allDocs: all.length,
    allWords: words(all),
  };
}
