// Train the NER weights (models/ner-weights.json.gz) from the TRAINING splits only; reproducible.
// Run: node scripts/ner-run.mjs scripts/train-ner.ts [--data ../shared/datasets] [--out models/ner-weights.json.gz]
//      [--epochs 15] [--seed 20240601] [--min-count 2] [--prune 0.05] [--temperature 20] [--conll04-repeat 5]
//      [--dev] (print dev figures) [--check] (retrain and compare with --out instead of writing it)
// Same data + same options ⇒ byte-identical file (fixed seed, fixed epoch count, no timestamps).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCaseProfile } from '../src/extract/ner/case-profile.js';
import { alignGold, type GoldSentence, parseConll04, parseConll2003 } from '../src/extract/ner/corpus.js';
import { tagEntitiesWith } from '../src/extract/ner/index.js';
import { scoreSpans } from '../src/extract/ner/score.js';
import { DEFAULT_TRAIN_OPTIONS, type TrainingSentence, trainPerceptron } from '../src/extract/ner/train.js';
import {
  encodeWeights,
  modelFromWeights,
  parseWeightsFile,
  type TrainingInfo,
} from '../src/extract/ner/weights-io.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/datasets' },
    out: { type: 'string', default: 'models/ner-weights.json.gz' },
    epochs: { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.epochs) },
    seed: { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.seed) },
    'min-count': { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.minCount) },
    prune: { type: 'string', default: '0.05' },
    temperature: { type: 'string', default: '20' },
    'conll04-repeat': { type: 'string', default: '5' },
    'case-min-count': { type: 'string', default: '3' },
    dev: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});

// Why: CoNLL04 is 15x smaller than CoNLL-2003 and has its own conventions (titles inside person
// names, sentence-style news); repeating it in each epoch weights it up. Chosen on dev, see docs/ner.md.
const conll04Repeat = Number(values['conll04-repeat']);
const TRAIN_FILES: Array<{ name: string; parse: (s: string) => GoldSentence[]; repeat: number }> = [
  { name: 'conll2003/eng.train', parse: parseConll2003, repeat: 1 },
  { name: 'conll04/conll04_train.json', parse: parseConll04, repeat: conll04Repeat },
];

const started = Date.now();
const sentences: TrainingSentence[] = [];
const files: TrainingInfo['files'] = [];
let misaligned = 0;
for (const f of TRAIN_FILES) {
  const content = readFileSync(join(values.data, f.name), 'utf8');
  const parsed = f.parse(content);
  files.push({
    name: f.name,
    sha256: createHash('sha256').update(content).digest('hex'),
    sentences: parsed.length,
    repeat: f.repeat,
  });
  for (const g of parsed) {
    const a = alignGold(g);
    misaligned += a.misaligned;
    for (let r = 0; r < f.repeat; r++) sentences.push({ text: g.text, tokens: a.tokens, spans: a.spans });
  }
}
console.error(`train: ${sentences.length} sentences, ${misaligned} gold spans snapped to token edges`);

// Unlabelled news for the case profile: Reuters-21578 bodies, BBC News articles, and the training text.
function* unlabelledTexts(hash: ReturnType<typeof createHash>): Generator<string> {
  const reuters = join(values.data, 'reuters21578');
  for (const name of readdirSync(reuters)
    .filter((n) => n.endsWith('.sgm'))
    .sort()) {
    const sgml = readFileSync(join(reuters, name), 'latin1');
    hash.update(sgml);
    for (const m of sgml.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) {
      yield (m[1] ?? '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/&#\d+;/g, ' ');
    }
  }
  const bbc = join(values.data, 'bbc-news');
  for (const dir of readdirSync(bbc, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const name of readdirSync(join(bbc, dir)).sort()) {
      const text = readFileSync(join(bbc, dir, name), 'latin1');
      hash.update(text);
      yield text;
    }
  }
  for (const s of sentences) yield s.text;
}
const unlabelledHash = createHash('sha256');
const caseProfile = buildCaseProfile(unlabelledTexts(unlabelledHash), Number(values['case-min-count']));
files.push({
  name: 'reuters21578/*.sgm + bbc-news/*/*.txt (case profile only)',
  sha256: unlabelledHash.digest('hex'),
  sentences: 0,
  repeat: 0,
});
console.error(`case profile: ${caseProfile.size} words (${((Date.now() - started) / 1000).toFixed(0)} s)`);

const epochs = Number(values.epochs);
const seed = Number(values.seed);
const minCount = Number(values['min-count']);
const prune = Number(values.prune);
const temperature = Number(values.temperature);
const trained = trainPerceptron(sentences, {
  epochs,
  seed,
  minCount,
  caseProfile,
  onEpoch: (e, errors, tokens) =>
    console.error(
      `epoch ${e}: ${errors} token errors / ${tokens} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    ),
});
const { bytes, file } = encodeWeights(
  trained.tags,
  trained.featureNames,
  trained.weights,
  trained.transitions,
  temperature,
  { files, epochs, seed, minCount, prune },
  caseProfile,
);
if (values.check) {
  // Reproducibility check: retrain and compare with the file on disk instead of overwriting it.
  const shipped = parseWeightsFile(readFileSync(values.out), values.out);
  const same = shipped.sha256 === file.sha256;
  console.error(
    `check: ${values.out} sha256 ${shipped.sha256.slice(0, 12)}, retrained ${file.sha256.slice(0, 12)}: ${same ? 'identical' : 'DIFFERENT'}`,
  );
  process.exit(same ? 0 : 1);
}
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, bytes);
const kept = file.features.split('\n').length;
console.error(
  `wrote ${values.out}: ${(bytes.length / 1024).toFixed(0)} KiB, ${kept}/${trained.featureNames.length} features, sha256 ${file.sha256.slice(0, 12)} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);

if (values.dev) {
  const model = modelFromWeights(file, values.out);
  for (const [name, parse] of [
    ['conll04/conll04_dev.json', parseConll04],
    ['conll2003/eng.testa', parseConll2003],
  ] as const) {
    const gold = parse(readFileSync(join(values.data, name), 'utf8'));
    const pairs = gold.map((g) => ({
      gold: g.gold,
      pred: tagEntitiesWith(model, g.text).map((s) => ({
        start: s.start,
        end: s.end,
        cls:
          s.type === 'Person'
            ? ('PER' as const)
            : s.type === 'Organization'
              ? ('ORG' as const)
              : ('LOC' as const),
      })),
    }));
    const sc = scoreSpans(pairs);
    console.error(
      `${name}: ${Object.entries(sc)
        .map(([k, v]) => `${k} F1 ${v.f1.toFixed(3)} (P ${v.precision.toFixed(3)} R ${v.recall.toFixed(3)})`)
        .join(' · ')}`,
    );
  }
}
