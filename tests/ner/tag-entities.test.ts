// tagEntities with the shipped weights: sentences we wrote, false positives, determinism, the weights file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_VERSION } from '../../src/extract/ner/features.js';
import { type NerSpan, tagEntities } from '../../src/extract/ner/index.js';
import { DEFAULT_WEIGHTS_URL, parseWeightsFile, weightsHash } from '../../src/extract/ner/weights-io.js';

const found = (text: string): Array<[string, NerSpan['type']]> =>
  tagEntities(text).map((s) => [text.slice(s.start, s.end), s.type]);

describe('tagEntities (shipped weights)', () => {
  it.each<[string, Array<[string, NerSpan['type']]>]>([
    [
      'Linh Austin, president and CEO of Ascend Elements, said the deal would close soon.',
      [
        ['Linh Austin', 'Person'],
        ['Ascend Elements', 'Organization'],
      ],
    ],
    [
      'Microsoft Corp. signed a memorandum of understanding with Toyota Motor Corp. to build a plant in Texas.',
      [
        ['Microsoft Corp.', 'Organization'],
        ['Toyota Motor Corp.', 'Organization'],
        ['Texas', 'Place'],
      ],
    ],
    [
      "Kevin O'Brien, a spokesman for AT&T, said the carrier would invest in Mexico.",
      [
        ["Kevin O'Brien", 'Person'],
        ['AT&T', 'Organization'],
        ['Mexico', 'Place'],
      ],
    ],
    [
      'The firm signed the deal with GEM Co., a Shenzhen-based recycler.',
      [
        ['GEM Co.', 'Organization'],
        ['Shenzhen', 'Place'],
      ],
    ],
    // Tokenised dataset style (tokens joined by single spaces).
    [
      'John Smith , who works for General Motors , lives in Detroit .',
      [
        ['John Smith', 'Person'],
        ['General Motors', 'Organization'],
        ['Detroit', 'Place'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'The apple pie was delicious and the weather in spring was mild.',
    'Revenue rose 3% in the third quarter, the company said on Tuesday.',
    '',
    '   \n\n  ',
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('never crosses a line break', () => {
    const text = 'Email Newsletters\n\nWestborough recycler signs deal\n\nAscend Elements signed it.';
    for (const s of tagEntities(text)) expect(text.slice(s.start, s.end)).not.toContain('\n');
  });

  it('tags a long single-line document the same as its sentences one by one', () => {
    const sentence = 'Linh Austin, president and CEO of Ascend Elements, said the deal would close soon.';
    const long = Array.from({ length: 60 }, () => sentence).join(' ');
    const spans = tagEntities(long);
    const one = tagEntities(sentence);
    expect(spans).toHaveLength(60 * one.length);
    expect(spans.slice(-one.length).map((s) => long.slice(s.start, s.end))).toEqual(
      one.map((s) => sentence.slice(s.start, s.end)),
    );
  });

  it('is deterministic and its offsets index the input', () => {
    const text = 'Ascend signed the MOU with GEM Co. in Shenzhen. Austin, a former BP executive, spoke.';
    const a = tagEntities(text);
    expect(tagEntities(text)).toEqual(a);
    for (const s of a) {
      expect(s.start).toBeLessThan(s.end);
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('ships a weights file that verifies and matches the current features', () => {
    const file = parseWeightsFile(readFileSync(DEFAULT_WEIGHTS_URL), 'shipped');
    const { sha256, ...body } = file;
    expect(weightsHash(body)).toBe(sha256);
    expect(file.featureVersion).toBe(FEATURE_VERSION);
    expect(file.training.files.map((f) => f.name)).toContain('conll2003/eng.train');
    // Only training splits: never dev or test.
    for (const f of file.training.files) expect(f.name).not.toMatch(/dev|testa|testb|test\b/u);
  });
});
