// Dataset readers on tiny hand-written fixtures: tokens joined by single spaces, offsets exact.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCorpgraphError } from '../../src/errors.js';
import { joinTokens } from '../../src/eval/join-tokens.js';
import { parseEvalDataset, readEvalDataset } from '../../src/eval/read-dataset.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const read = (name: string) => readFileSync(fixture(name), 'utf8');
const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('joinTokens', () => {
  it('joins by single spaces and keeps each token span', () => {
    const { text, tokens } = joinTokens(['Smith', ',', 'who']);
    expect(text).toBe('Smith , who');
    expect(tokens.map((t) => slice(text, t))).toEqual(['Smith', ',', 'who']);
  });
});

describe('CoNLL04 reader', () => {
  const { examples } = parseEvalDataset('conll04', read('conll04-mini.json'), 'mini');
  it('reads sentences, entities and relations with character offsets', () => {
    expect(examples).toHaveLength(2);
    const [first] = examples;
    expect(first?.text).toBe('Maria Lopez , chief executive of Acme Corp. , lives in Denver .');
    expect(first?.entities.map((e) => [e.label, slice(first.text, e)])).toEqual([
      ['Peop', 'Maria Lopez'],
      ['Org', 'Acme Corp.'],
      ['Loc', 'Denver'],
    ]);
    const rel = first?.relations[0];
    expect(rel?.label).toBe('Work_For');
    expect([slice(first!.text, rel!.head), slice(first!.text, rel!.tail)]).toEqual([
      'Maria Lopez',
      'Acme Corp.',
    ]);
    expect(first?.id).toBe('0:101');
  });
  it('keeps OrgBased_In direction (Org → Loc)', () => {
    const second = examples[1]!;
    const r = second.relations.find((x) => x.label === 'OrgBased_In')!;
    expect([slice(second.text, r.head), slice(second.text, r.tail)]).toEqual(['AP', 'Denver']);
  });
  it('rejects a file that is not a sentence array, with a stable code', () => {
    try {
      parseEvalDataset('conll04', '{"tokens": []}', 'bad.json');
      expect.unreachable();
    } catch (error) {
      expect(isCorpgraphError(error, 'E_DATASET')).toBe(true);
    }
  });
});

describe('FIRE reader', () => {
  it('reads the SpERT-style shape with buyer → acquired direction', () => {
    const { examples } = parseEvalDataset('fire', read('fire-mini.json'), 'mini');
    const ex = examples[0]!;
    const buy = ex.relations.find((r) => r.label === 'ActionBuy')!;
    expect([slice(ex.text, buy.head), slice(ex.text, buy.tail)]).toEqual([
      'Northwind Traders',
      'Blue Harbor Inc.',
    ]);
    expect(ex.entities.map((e) => e.label)).toEqual(['Company', 'Action', 'Company', 'Date']);
  });
});

describe('CoNLL-2003 reader', () => {
  const content = read('conll2003-mini.txt');
  it('decodes IOB1, splitting at B- and joining sentences of a document by newlines', () => {
    const { examples } = parseEvalDataset('conll2003', content, 'mini');
    expect(examples).toHaveLength(2);
    const doc = examples[0]!;
    expect(doc.text).toBe('TENNIS - GRAF WINS\nSteffi Graf beat Anna in Paris for Sony Sports Club Ltd .');
    expect(doc.entities.map((e) => `${e.label}:${slice(doc.text, e)}`)).toEqual([
      'PER:GRAF',
      'PER:Steffi Graf',
      'PER:Anna',
      'LOC:Paris',
      'ORG:Sony Sports',
      'ORG:Club Ltd',
    ]);
    expect(doc.sentences.map((s) => slice(doc.text, s))).toEqual([
      'TENNIS - GRAF WINS',
      'Steffi Graf beat Anna in Paris for Sony Sports Club Ltd .',
    ]);
    expect(examples[1]?.entities.map((e) => slice(examples[1]!.text, e))).toEqual(['BONN']);
  });
  it('yields one example per sentence in sentence units', () => {
    const { examples } = parseEvalDataset('conll2003', content, 'mini', { unit: 'sentence' });
    expect(examples.map((e) => e.text)).toEqual([
      'TENNIS - GRAF WINS',
      'Steffi Graf beat Anna in Paris for Sony Sports Club Ltd .',
      'BONN 1996-08-22',
    ]);
    expect(examples[1]?.entities[0]).toMatchObject({ label: 'PER', start: 0, end: 11 });
  });
});

describe('KnowledgeNet reader', () => {
  it('makes one example per passage with passage offsets and its annotated properties', () => {
    const { examples } = parseEvalDataset('knowledgenet', read('knowledgenet-mini.jsonl'), 'mini');
    expect(examples).toHaveLength(2);
    const p1 = examples[0]!;
    expect(p1.scoredRelationLabels).toEqual(['CEO', 'SUBSIDIARY_OF']);
    const ceo = p1.relations.find((r) => r.label === 'CEO')!;
    expect([slice(p1.text, ceo.head), slice(p1.text, ceo.tail)]).toEqual(['Fabrikam', 'Jane Roe']);
    expect(examples[1]?.scoredRelationLabels).toEqual(['FOUNDED_BY']);
  });
  it('notes facts that fall outside their passage instead of failing', () => {
    const line = JSON.stringify({
      documentId: '1',
      passages: [
        {
          passageId: '1:0:3',
          passageStart: 0,
          passageText: 'abc',
          exhaustivelyAnnotatedProperties: [{ propertyName: 'CEO' }],
          facts: [{ propertyName: 'CEO', subjectStart: 0, subjectEnd: 1, objectStart: 2, objectEnd: 9 }],
        },
      ],
    });
    const read = parseEvalDataset('knowledgenet', line, 'x');
    expect(read.examples[0]?.relations).toEqual([]);
    expect(read.notes).toEqual(['1 facts outside their passage were skipped']);
  });
});

describe('readEvalDataset', () => {
  it('reports a missing gold file with E_INPUT_NOT_FOUND', async () => {
    await expect(readEvalDataset('conll04', '/nonexistent/gold.json')).rejects.toMatchObject({
      code: 'E_INPUT_NOT_FOUND',
    });
  });
});
