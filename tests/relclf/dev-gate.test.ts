// Opt-in: the classifier must raise relation F1 without lowering strict precision (CoNLL04 dev), and raise
// F1 on the held-out KnowledgeNet fold 3 and FIRE third (skipped when ../shared/datasets is absent).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveMapping } from '../../src/eval/mapping.js';
import { parseEvalDataset } from '../../src/eval/read-dataset.js';
import { evaluateExamples } from '../../src/eval/run-eval.js';
import type { EvalDataset, EvalExample } from '../../src/eval/types.js';
import { extractDocument } from '../../src/extract/index.js';
import type { SourceDocument } from '../../src/types.js';

const root = fileURLToPath(new URL('../../../shared/datasets/', import.meta.url));
const present = existsSync(root);
if (!present) console.log(`tests/relclf/dev-gate: skipped, ${root} is absent`);

function rulesOnly(doc: SourceDocument, options: { minConfidence: number }) {
  const saved = process.env.CORPGRAPH_NO_RELCLF;
  process.env.CORPGRAPH_NO_RELCLF = '1';
  try {
    return extractDocument(doc, options);
  } finally {
    if (saved === undefined) delete process.env.CORPGRAPH_NO_RELCLF;
    else process.env.CORPGRAPH_NO_RELCLF = saved;
  }
}

/** Micro relation scores with and without the classifier. */
function compare(dataset: EvalDataset, examples: EvalExample[]) {
  const mapping = resolveMapping(dataset);
  const score = (extract: typeof rulesOnly) => {
    const { relations } = evaluateExamples(dataset, examples, mapping, extract).report;
    if (!relations) throw new Error('no relation scores');
    return { exact: relations.exact.micro, overlap: relations.overlap.micro };
  };
  return { rules: score(rulesOnly), both: score(extractDocument) };
}

describe.skipIf(!present)('relation classifier on development data', () => {
  it('CoNLL04 dev: higher F1, strict precision not below the rules alone', () => {
    const content = readFileSync(`${root}conll04/conll04_dev.json`, 'utf8');
    const { rules, both } = compare('conll04', parseEvalDataset('conll04', content, 'conll04').examples);
    expect(both.exact.f1).toBeGreaterThan(rules.exact.f1);
    expect(both.exact.precision).toBeGreaterThanOrEqual(rules.exact.precision);
  });

  it('KnowledgeNet fold 3 (held out from training): higher official (overlap) F1', () => {
    const lines = readFileSync(`${root}knowledgenet/knowledgenet_folds1-3.jsonl`, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && (JSON.parse(l) as { fold: number }).fold === 3);
    const { examples } = parseEvalDataset('knowledgenet', lines.join('\n'), 'knowledgenet');
    const { rules, both } = compare('knowledgenet', examples);
    expect(both.overlap.f1).toBeGreaterThan(rules.overlap.f1);
  });

  it('FIRE, held-out third (index mod 3 = 2): higher F1', () => {
    const all = JSON.parse(readFileSync(`${root}fire/fire_dev.json`, 'utf8')) as unknown[];
    const held = JSON.stringify(all.filter((_, i) => i % 3 === 2));
    const { rules, both } = compare('fire', parseEvalDataset('fire', held, 'fire').examples);
    expect(both.exact.f1).toBeGreaterThan(rules.exact.f1);
  });
});
