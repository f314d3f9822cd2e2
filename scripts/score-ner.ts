// Score the NER weights: strict span+type P/R/F1 per type on CoNLL04 dev and CoNLL-2003 testa (dev splits).
// Run: node scripts/ner-run.mjs scripts/score-ner.ts [--weights models/ner-weights.json.gz] [--data ../shared/datasets]
//      [--errors N]   (print N false positives / negatives per dataset) [--speed]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type GoldSentence, parseConll04, parseConll2003 } from '../src/extract/ner/corpus.js';
import { tagEntitiesWith } from '../src/extract/ner/index.js';
import { scoreSpans } from '../src/extract/ner/score.js';
import type { NerClass } from '../src/extract/ner/tags.js';
import { loadNerModel } from '../src/extract/ner/weights-io.js';

const { values } = parseArgs({
  options: {
    weights: { type: 'string', default: 'models/ner-weights.json.gz' },
    data: { type: 'string', default: '../shared/datasets' },
    errors: { type: 'string', default: '0' },
  },
});

const CLS: Record<string, NerClass> = { Person: 'PER', Organization: 'ORG', Place: 'LOC' };
const model = loadNerModel(values.weights);
const DEV: Array<[string, (s: string) => GoldSentence[]]> = [
  ['conll04/conll04_dev.json', parseConll04],
  ['conll2003/eng.testa', parseConll2003],
];
for (const [name, parse] of DEV) {
  const gold = parse(readFileSync(join(values.data, name), 'utf8'));
  const started = process.hrtime.bigint();
  const preds = gold.map((g) => tagEntitiesWith(model, g.text));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const words = gold.reduce((n, g) => n + g.text.split(' ').length, 0);
  const pairs = gold.map((g, i) => ({
    gold: g.gold,
    pred: (preds[i] ?? []).map((s) => ({ start: s.start, end: s.end, cls: CLS[s.type] ?? 'LOC' })),
  }));
  const sc = scoreSpans(pairs);
  console.log(
    `${name} (${gold.length} sentences, ${words} words, ${Math.round(words / (ms / 1000))} words/s)`,
  );
  console.log('type   P      R      F1     tp    fp    fn');
  for (const [k, v] of Object.entries(sc)) {
    console.log(
      `${k.padEnd(6)} ${v.precision.toFixed(3)}  ${v.recall.toFixed(3)}  ${v.f1.toFixed(3)}  ${String(v.tp).padStart(5)} ${String(v.fp).padStart(5)} ${String(v.fn).padStart(5)}`,
    );
  }
  let shown = 0;
  const limit = Number(values.errors);
  for (let i = 0; i < pairs.length && shown < limit; i++) {
    const p = pairs[i];
    const text = gold[i]?.text ?? '';
    if (p === undefined) continue;
    const key = (s: { start: number; end: number; cls: string }): string => `${s.start}:${s.end}:${s.cls}`;
    const g = new Set(p.gold.map(key));
    const pr = new Set(p.pred.map(key));
    const fps = p.pred.filter((s) => !g.has(key(s))).map((s) => `+${s.cls}[${text.slice(s.start, s.end)}]`);
    const fns = p.gold.filter((s) => !pr.has(key(s))).map((s) => `-${s.cls}[${text.slice(s.start, s.end)}]`);
    if (fps.length + fns.length === 0) continue;
    shown++;
    console.log(`  ${[...fps, ...fns].join(' ')}  | ${text.slice(0, 160)}`);
  }
}
