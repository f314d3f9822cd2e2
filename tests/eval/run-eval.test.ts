// evaluateExamples end to end with stand-in extractors: perfect, swapped, empty; sweep, rules, details.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReport, formatRules, formatSweep } from '../../src/eval/format-report.js';
import { resolveMapping } from '../../src/eval/mapping.js';
import { parseEvalDataset } from '../../src/eval/read-dataset.js';
import { evaluateExamples } from '../../src/eval/run-eval.js';
import type { EvalDataset } from '../../src/eval/types.js';
import type { Extraction } from '../../src/types.js';
import { oracleExtractor } from './oracle.js';

const files: Record<EvalDataset, string> = {
  conll04: 'conll04-mini.json',
  conll2003: 'conll2003-mini.txt',
  knowledgenet: 'knowledgenet-mini.jsonl',
  fire: 'fire-mini.json',
  corpgraph: '../../fixtures/business-news/dev.jsonl',
};
const load = (dataset: EvalDataset) =>
  parseEvalDataset(
    dataset,
    readFileSync(new URL(`./fixtures/${files[dataset]}`, import.meta.url), 'utf8'),
    'mini',
  ).examples;

describe('evaluateExamples', () => {
  for (const dataset of ['conll04', 'conll2003', 'knowledgenet', 'fire'] as const) {
    it(`scores the gold annotations of ${dataset} as 1.0`, () => {
      const examples = load(dataset);
      const mapping = resolveMapping(dataset);
      const { report, details } = evaluateExamples(
        dataset,
        examples,
        mapping,
        oracleExtractor(examples, mapping),
      );
      if (report.entities) expect(report.entities.exact.micro.f1).toBe(1);
      if (report.relations) {
        expect(report.relations.exact.micro.f1).toBe(1);
        expect(report.relations.overlap.micro.f1).toBe(1);
      }
      // Only out-of-scope gold relations (CoNLL04 Kill) remain as false negatives.
      expect(details.every((d) => d.outcome === 'FN' && d.label === 'Kill')).toBe(true);
    });
  }

  it('scores an empty extraction 0.0 and lists every gold item as a false negative', () => {
    const examples = load('conll04');
    const mapping = resolveMapping('conll04');
    const { report, details } = evaluateExamples(
      'conll04',
      examples,
      mapping,
      oracleExtractor(examples, mapping, 'empty'),
    );
    expect(report.entities?.exact.micro).toMatchObject({ tp: 0, fp: 0, fn: 6, f1: 0 });
    expect(report.relations?.exact.micro).toMatchObject({ tp: 0, fn: 4, f1: 0 });
    expect(details.filter((d) => d.kind === 'relation')).toHaveLength(5);
    expect(details.find((d) => d.label === 'Work_For')).toMatchObject({
      outcome: 'FN',
      argsFound: [false, false],
      sentence: 'Maria Lopez , chief executive of Acme Corp. , lives in Denver .',
    });
  });

  it('scores swapped arguments 0 and says so in the details', () => {
    const examples = load('conll04');
    const mapping = resolveMapping('conll04');
    const { report, details } = evaluateExamples(
      'conll04',
      examples,
      mapping,
      oracleExtractor(examples, mapping, 'swapped'),
    );
    expect(report.relations?.exact.micro).toMatchObject({ tp: 0, fp: 4, fn: 4 });
    expect(report.relations?.overlap.micro.tp).toBe(0);
    const fn = details.find((d) => d.outcome === 'FN' && d.label === 'Work_For');
    expect(fn?.confusedWith).toEqual(['Work_For (reversed)']);
    expect(fn?.argsFound).toEqual([true, true]);
  });

  it('keeps Kill out of the CoNLL04 micro average but reports it', () => {
    const examples = load('conll04');
    const mapping = resolveMapping('conll04');
    const { report } = evaluateExamples('conll04', examples, mapping, oracleExtractor(examples, mapping));
    const kill = report.relations?.exact.labels.find((l) => l.label === 'Kill');
    expect(kill).toMatchObject({ excluded: true, fn: 1 });
    expect(report.relations?.exact.micro.fn).toBe(0);
  });

  it('maps KnowledgeNet CEO from our CEO_OF reversed, and ignores properties a passage was not annotated for', () => {
    const examples = load('knowledgenet');
    const mapping = resolveMapping('knowledgenet');
    const text = examples[0]!.text;
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const extraction = (doc: { id: string; text: string }): Extraction => ({
      doc,
      mentions:
        doc.text === text
          ? [
              { id: 'm1', type: 'Person', text: 'Jane Roe', ...at('Jane Roe') },
              { id: 'm2', type: 'Organization', text: 'Fabrikam', ...at('Fabrikam') },
              { id: 'm3', type: 'Organization', text: 'Contoso Holdings', ...at('Contoso Holdings') },
            ]
          : [],
      relations:
        doc.text === text
          ? [
              {
                type: 'CEO_OF',
                subject: 'm1',
                object: 'm2',
                status: 'current',
                rule: 'r-ceo',
                confidence: 0.9,
                sentence: { start: 0, end: 1 },
              },
              // EMPLOYEE_OR_MEMBER_OF is not annotated on this passage: neither TP nor FP.
              {
                type: 'WORKS_FOR',
                subject: 'm1',
                object: 'm3',
                status: 'current',
                rule: 'r-works',
                confidence: 0.5,
                sentence: { start: 0, end: 1 },
              },
            ]
          : [],
      sentences: [],
      diagnostics: [],
    });
    const { report } = evaluateExamples('knowledgenet', examples, mapping, extraction);
    const row = (l: string) => report.relations?.overlap.labels.find((x) => x.label === l);
    expect(row('CEO')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(row('EMPLOYEE_OR_MEMBER_OF')).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(row('SUBSIDIARY_OF')).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(report.rules.relations.map((r) => r.rule)).toEqual(['r-ceo']);
  });

  it('sweeps thresholds: relations below the threshold are dropped', () => {
    const examples = load('conll04');
    const mapping = resolveMapping('conll04');
    const { report } = evaluateExamples('conll04', examples, mapping, oracleExtractor(examples, mapping), {
      thresholds: [0.5, 0.8],
    });
    // The oracle's relations have confidence 0.75.
    expect(report.sweep.map((s) => s.exact.tp)).toEqual([4, 0]);
    expect(formatSweep(report)).toContain('0.80');
  });

  it('applies --min-confidence to relations, not to entities', () => {
    const examples = load('conll04');
    const mapping = resolveMapping('conll04');
    const { report } = evaluateExamples('conll04', examples, mapping, oracleExtractor(examples, mapping), {
      minConfidence: 0.8,
    });
    expect(report.relations?.exact.micro.tp).toBe(0);
    expect(report.entities?.exact.micro.f1).toBe(1);
  });

  it('counts TP/FP per rule and per entity source', () => {
    const examples = load('conll04');
    const mapping = resolveMapping('conll04');
    const { report } = evaluateExamples(
      'conll04',
      examples,
      mapping,
      oracleExtractor(examples, mapping, 'swapped'),
    );
    const workFor = report.rules.relations.find((r) => r.rule === 'oracle-CEO_OF');
    expect(workFor).toMatchObject({ labels: ['Work_For'], predictions: 1, tp: 0, fp: 1, precision: 0 });
    expect(report.rules.entities[0]).toMatchObject({ rule: 'oracle', tp: 6, fp: 0, precision: 1 });
    expect(formatRules(report)).toContain('oracle-CEO_OF');
  });

  it('extracts each example exactly once, whatever the number of thresholds', () => {
    const examples = load('conll04');
    const mapping = resolveMapping('conll04');
    let calls = 0;
    const inner = oracleExtractor(examples, mapping);
    evaluateExamples('conll04', examples, mapping, (doc, o) => {
      calls++;
      return inner(doc, o);
    });
    expect(calls).toBe(examples.length);
  });

  it('does not score lowercase descriptors or pronouns as entities', () => {
    const examples = load('conll04');
    const mapping = resolveMapping('conll04');
    const { report } = evaluateExamples('conll04', examples.slice(0, 1), mapping, (doc) => ({
      doc,
      mentions: [
        { id: 'm1', type: 'Person', text: 'Maria Lopez', start: 0, end: 11 },
        { id: 'm2', type: 'Person', text: 'lives', start: 46, end: 51 },
      ],
      relations: [],
      sentences: [],
      diagnostics: [],
    }));
    expect(report.entities?.exact.labels.find((l) => l.label === 'Person')).toMatchObject({ tp: 1, fp: 0 });
    expect(formatReport(report)).toContain('Person (Peop)');
  });
});

describe('details', () => {
  it('names the type a mis-typed entity was confused with, on both sides', () => {
    const examples = load('conll04').slice(0, 1);
    const mapping = resolveMapping('conll04');
    const { details } = evaluateExamples('conll04', examples, mapping, (doc) => ({
      doc,
      mentions: [
        { id: 'm1', type: 'Organization', text: 'Maria Lopez', start: 0, end: 11, source: 'org-head' },
      ],
      relations: [],
      sentences: [],
      diagnostics: [],
    }));
    const fp = details.find((d) => d.outcome === 'FP');
    expect(fp).toMatchObject({ label: 'Organization', rule: 'org-head', confusedWith: ['Person'] });
    const fn = details.find((d) => d.outcome === 'FN' && d.label === 'Person');
    expect(fn?.confusedWith).toEqual(['Organization']);
  });
});
