// Regression floor on the dev splits (skips when ../shared/datasets is absent, e.g. in CI).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConll04, parseConll2003 } from '../../src/extract/ner/corpus.js';
import { getNerModel, tagEntitiesWith } from '../../src/extract/ner/index.js';
import { scoreSpans } from '../../src/extract/ner/score.js';

const DATA = new URL('../../../shared/datasets/', import.meta.url);
const present = existsSync(new URL('conll04/conll04_dev.json', DATA));
if (!present) console.warn('tests/ner/dev-figures: ../shared/datasets absent, skipping dev-score floors');

const CLS = { Person: 'PER', Organization: 'ORG', Place: 'LOC' } as const;

function microF1(name: string, parse: typeof parseConll04): number {
  const model = getNerModel();
  const gold = parse(readFileSync(new URL(name, DATA), 'utf8'));
  return scoreSpans(
    gold.map((g) => ({
      gold: g.gold,
      pred: tagEntitiesWith(model, g.text).map((s) => ({ start: s.start, end: s.end, cls: CLS[s.type] })),
    })),
  ).micro.f1;
}

describe.skipIf(!present)('NER dev figures (floors a little under the reported ones)', () => {
  it('CoNLL04 dev micro F1', () => {
    expect(microF1('conll04/conll04_dev.json', parseConll04)).toBeGreaterThan(0.8);
  });
  it('CoNLL-2003 testa micro F1', { timeout: 30_000 }, () => {
    expect(microF1('conll2003/eng.testa', parseConll2003)).toBeGreaterThan(0.9);
  });
});
