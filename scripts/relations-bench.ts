// Cost of the relation classifier inside extraction: CPU time of each stage and words per CPU-second.
// Run: node scripts/ner-run.mjs scripts/relations-bench.ts [FILE|DIR ...] (default: seeds/); one text per
// file, or one per line for .txt files given with --lines. Reports extraction with and without classifyPairs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractMentions } from '../src/extract/index.js';
import { classifyPairsWith, loadRelationModel } from '../src/extract/relations/classifier/index.js';
import { extractRelations } from '../src/extract/relations/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lines: { type: 'boolean', default: false }, repeats: { type: 'string', default: '3' } },
});
const paths = positionals.length > 0 ? positionals : ['seeds'];
const files = paths.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .sort()
        .map((f) => join(p, f))
    : [p],
);
const texts = files.flatMap((f) => {
  const content = readFileSync(f, 'utf8');
  return values.lines ? content.split('\n').filter((l) => l.trim() !== '') : [content];
});
const words = texts.reduce((n, t) => n + t.split(/\s+/u).filter(Boolean).length, 0);
const repeats = Number(values.repeats);
// Why: bundled into node_modules/.cache, the module-relative default path does not point at models/.
const model = loadRelationModel('models/relations-weights.json.gz');

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const spent = { mentions: 0, rules: 0, classifier: 0 };
let stat = 0;
let rules = 0;
function run(measure: boolean): void {
  for (const text of texts) {
    let t = cpu();
    const { text: read, sentences, related: all } = extractMentions(text);
    let u = cpu();
    if (measure) spent.mentions += u - t;
    t = u;
    const found = extractRelations(read, sentences, all);
    u = cpu();
    if (measure) spent.rules += u - t;
    t = u;
    const added = classifyPairsWith(model, read, sentences, all, { ruleRelations: found });
    u = cpu();
    if (measure) {
      spent.classifier += u - t;
      stat += added.length;
      rules += found.length;
    }
  }
}
run(false); // warm-up: compromise, NER weights, gazetteer and classifier weights load here
for (let r = 0; r < repeats; r++) run(true);
const total = spent.mentions + spent.rules + spent.classifier;
const w = words * repeats;
console.log(
  `${texts.length} texts × ${repeats}, ${w} words; relations per pass: rules ${rules / repeats}, classifier ${stat / repeats}`,
);
console.log(
  `CPU s: mentions ${spent.mentions.toFixed(2)}, rules ${spent.rules.toFixed(2)}, classifier ${spent.classifier.toFixed(2)} (${((100 * spent.classifier) / total).toFixed(1)} % of extraction)`,
);
console.log(
  `words/CPU-s: without classifier ${Math.round(w / (total - spent.classifier))}, with ${Math.round(w / total)}`,
);
