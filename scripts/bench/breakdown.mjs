// Where extraction time goes, stage by stage, on one core: the steps of extractDocument timed one by one
// (compromise parse, its JSON with offsets, rule candidates, the NER tagger, merging, resolution,
// references, relation rules) plus the graph merge, over a JSONL file. Prints one JSON line (ms per stage).
// Run: node scripts/bench/breakdown.mjs DIST FILE.jsonl
import { readFileSync } from 'node:fs';

const [dist, file] = process.argv.slice(2);
const nlp = (await import('compromise')).default;
const { parseText } = await import(`${dist}/extract/nlp.js`);
const { findEntityCandidates } = await import(`${dist}/extract/entities.js`);
const { tagEntities } = await import(`${dist}/extract/ner/index.js`);
const { mergeCandidates } = await import(`${dist}/extract/merge-candidates.js`);
const { resolveWithinDocument } = await import(`${dist}/resolve/within-document.js`);
const { addReferenceMentions } = await import(`${dist}/extract/references.js`);
const { extractRelations } = await import(`${dist}/extract/relations/index.js`);
const { addExtraction } = await import(`${dist}/graph/build.js`);
const { createGraph } = await import(`${dist}/graph/create.js`);

const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l).text);
const words = texts.reduce((n, t) => n + (t.match(/\S+/gu)?.length ?? 0), 0);
for (const t of texts.slice(0, 20)) {
  parseText(t);
  tagEntities(t);
  nlp(t).people();
}

const ms = {};
const time = (stage, fn) => {
  const t = performance.now();
  const out = fn();
  ms[stage] = (ms[stage] ?? 0) + performance.now() - t;
  return out;
};
const graph = createGraph();
for (const [i, text] of texts.entries()) {
  // Reference points: compromise alone, and what the raw-library bench asks of it.
  const doc = time('compromise nlp() alone', () => nlp(text));
  time(
    'compromise people/orgs/places (raw bench extra)',
    () => doc.people().length + doc.organizations().length + doc.places().length,
  );
  time('compromise .json() on a parsed doc', () => doc.json({ offset: true, terms: { offset: true } }));
  // extractDocument, step by step (same calls, same order).
  const parsed = time('A parseText (nlp + json + tokens)', () => parseText(text));
  const sentences = parsed.map(({ start, end }) => ({ start, end }));
  const rules = time('B rule entity candidates', () => findEntityCandidates(text, parsed));
  const ner = time('C NER tagger', () => tagEntities(text));
  const candidates = time('D merge candidates', () => mergeCandidates(text, rules, ner));
  const resolved = time('E resolve within document', () => resolveWithinDocument(text, candidates));
  const all = time('F references (pronouns, nominals)', () => addReferenceMentions(text, parsed, resolved));
  all.forEach((m, i) => {
    m.id = `m${i + 1}`;
  });
  const relations = time('G relation rules', () => extractRelations(text, sentences, all));
  const used = new Set(relations.flatMap((r) => [r.subject, r.object]));
  const mentions = all.filter((m) => m.source !== 'pronoun' || used.has(m.id));
  const extraction = { doc: { id: `doc-${i}`, text }, mentions, relations, sentences, diagnostics: [] };
  time('H graph merge', () => addExtraction(graph, extraction));
}
console.log(JSON.stringify({ docs: texts.length, words, ms }));
