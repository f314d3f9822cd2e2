// The memoised emission path must give bit-identical scores to extractFeatures + emissionScores.
import { describe, expect, it } from 'vitest';
import { marginals } from '../../src/extract/ner/decoder.js';
import { segmentEmissions } from '../../src/extract/ner/fast-emission.js';
import { extractFeatures } from '../../src/extract/ner/features.js';
import { getNerModel } from '../../src/extract/ner/index.js';
import { createModel, emissionScores, type NerModel } from '../../src/extract/ner/model.js';
import { NER_TAGS } from '../../src/extract/ner/tags.js';
import { tokenizeNer } from '../../src/extract/ner/tokenize.js';

const TEXTS = [
  'Linh Austin, president and CEO of Ascend Elements, said the Westborough-based firm would hire.',
  'WALL STREET RALLIES AS IBM BEATS FORECASTS\nNew York (Reuters) - Shares of AT&T Inc. rose 3.5% to $1,200.',
  "Mr. O'Brien met Gov. Smith in San Francisco; Ascend's deal with Coca-Cola Co., a soft-drink maker, closed.",
  'the U.S. Federal Reserve said on 1996-08-22 that Bank of America and J.P. Morgan Chase & Co. agreed .',
  'A\nB C. D\n\n"Quoted" (Paris) — London-headquartered Vodafone Group Plc: NEW DELHI, India!',
  'x',
  'Profits | Apple Inc. = 5 | | IBM said = ok',
];

/** Compare the two paths segment-free (one line of text at a time, as the tagger decodes). */
function compare(model: NerModel, text: string): void {
  const tokens = tokenizeNer(text);
  const nl = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    if (text.slice(tokens[i - 1]?.end, tokens[i]?.start).includes('\n')) nl[i] = 1;
  }
  const slow = emissionScores(model, extractFeatures(text, tokens, model.caseProfile));
  const { em } = segmentEmissions(model, tokens, nl);
  expect(Array.from(em)).toEqual(Array.from(slow));
}

describe('segmentEmissions', () => {
  it('matches extractFeatures + emissionScores with the shipped weights', () => {
    const model = getNerModel();
    for (const text of TEXTS) compare(model, text);
    // A second pass reads the per-word cache.
    for (const text of TEXTS) compare(model, text);
  });

  it('matches on a model that knows every feature the templates produce (catches template drift)', () => {
    const profile = new Map([
      ['ascend', 'C'],
      ['the', 'L'],
      ['firm', 'L'],
      ['smith', 'c'],
    ]);
    const index = new Map<string, number>();
    for (const text of TEXTS) {
      for (const f of extractFeatures(text, tokenizeNer(text), profile).flat()) {
        if (!index.has(f)) index.set(f, index.size);
      }
    }
    const T = NER_TAGS.length;
    const weights = new Float32Array(index.size * T);
    let seed = 7;
    for (let k = 0; k < weights.length; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      weights[k] = (seed / 2147483648) * 2 - 1;
    }
    const model = createModel(NER_TAGS, index, weights, new Float64Array((T + 1) * (T + 1)), 20, profile);
    for (const text of TEXTS) compare(model, text);
  });
});

describe('marginals over a window', () => {
  it('gives exactly the full-pass values inside [from, to)', () => {
    const model = getNerModel();
    const text =
      'Linh Austin, president and CEO of Ascend Elements, said the Westborough-based firm would hire.';
    const tokens = tokenizeNer(text);
    const n = tokens.length;
    const T = model.tags.length;
    const { em } = segmentEmissions(model, tokens, new Uint8Array(n));
    const full = marginals(em, n, T, model.transitions, model.temperature);
    for (const [from, to] of [
      [0, n],
      [0, 2],
      [6, 8],
      [n - 1, n],
    ] as const) {
      const part = marginals(em, n, T, model.transitions, model.temperature, from, to);
      expect(Array.from(part.subarray(from * T, to * T))).toEqual(
        Array.from(full.subarray(from * T, to * T)),
      );
    }
  });
});
