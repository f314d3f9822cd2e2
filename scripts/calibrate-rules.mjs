#!/usr/bin/env node
// Calibrate relation-rule confidences from `corpgraph eval` on the dev sets: each rule's confidence
// becomes its smoothed span-overlap precision pooled over CoNLL04, KnowledgeNet and FIRE dev.
// Usage: npm run build && node scripts/calibrate-rules.mjs [--datasets DIR]
// Writes src/extract/rules/calibration.json (rebuild afterwards). Deterministic for the same extractor.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const dir =
  args[args.indexOf('--datasets') + 1] && args.includes('--datasets')
    ? args[args.indexOf('--datasets') + 1]
    : (process.env.CORPGRAPH_DATASETS ?? '../shared/datasets');
const SETS = [
  ['conll04', 'conll04/conll04_dev.json'],
  ['knowledgenet', 'knowledgenet/knowledgenet_folds1-3.jsonl'],
  ['fire', 'fire/fire_dev.json'],
];
/** Prior weight: a rule seen n times moves from its declared confidence toward its measured precision. */
const K = 4;

const pooled = new Map();
for (const [name, file] of SETS) {
  const gold = join(dir, file);
  if (!existsSync(gold)) {
    process.stderr.write(`calibrate: ${gold} not found; skipping ${name}\n`);
    continue;
  }
  process.stderr.write(`calibrate: eval ${name} …\n`);
  const out = execFileSync(
    'node',
    ['bin/corpgraph.js', 'eval', '--dataset', name, '--gold', gold, '--json', '--rules'],
    {
      maxBuffer: 1 << 28,
    },
  );
  for (const r of JSON.parse(out.toString()).rules.relations) {
    const p = pooled.get(r.rule) ?? { n: 0, tp: 0 };
    p.n += r.predictions;
    p.tp += r.tpOverlap;
    pooled.set(r.rule, p);
  }
}
const { RULES } = await import('../dist/extract/rules/index.js');
const calibration = {};
for (const rule of [...RULES].sort((a, b) => (a.id < b.id ? -1 : 1))) {
  const p = pooled.get(rule.id);
  if (!p || p.n === 0) continue;
  const smoothed = (p.tp + K * rule.confidence) / (p.n + K);
  calibration[rule.id] = {
    confidence: Math.round(Math.min(0.97, Math.max(0.3, smoothed)) * 100) / 100,
    tp: p.tp,
    n: p.n,
  };
}
writeFileSync('src/extract/rules/calibration.json', `${JSON.stringify(calibration, null, 2)}\n`);
process.stderr.write(
  `calibrate: ${Object.keys(calibration).length} rules calibrated → src/extract/rules/calibration.json\n`,
);
