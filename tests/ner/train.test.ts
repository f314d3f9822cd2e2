// Perceptron training on a tiny synthetic corpus: learns, is deterministic, and round-trips the weights file.
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCorpgraphError } from '../../src/errors.js';
import { alignGold, type GoldSentence } from '../../src/extract/ner/corpus.js';
import { tagEntitiesWith } from '../../src/extract/ner/index.js';
import { type TrainingSentence, trainPerceptron } from '../../src/extract/ner/train.js';
import { encodeWeights, modelFromWeights, parseWeightsFile } from '../../src/extract/ner/weights-io.js';

const PEOPLE = ['Anna Berg', 'Tom Reed', 'Lena Voss', 'Paul Hart'];
const ORGS = ['Kettle Works', 'Bluefin Labs', 'Norr Capital', 'Ardent Group'];
const PLACES = ['Oslo', 'Lyon', 'Porto', 'Graz'];

/** Sentences "P, chief of O, moved to L ." with gold spans. */
function corpus(): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const p of PEOPLE) {
    for (const o of ORGS) {
      for (const l of PLACES) {
        const text = `${p} , chief of ${o} , moved to ${l} .`;
        const ps = 0;
        const os = text.indexOf(o);
        const ls = text.indexOf(l, os + o.length);
        out.push({
          text,
          gold: [
            { start: ps, end: p.length, cls: 'PER' },
            { start: os, end: os + o.length, cls: 'ORG' },
            { start: ls, end: ls + l.length, cls: 'LOC' },
          ],
        });
      }
    }
  }
  return out;
}

function sentences(): TrainingSentence[] {
  return corpus().map((g) => {
    const a = alignGold(g);
    return { text: g.text, tokens: a.tokens, spans: a.spans };
  });
}

const INFO = { files: [], epochs: 3, seed: 7, minCount: 1, prune: 0 };

function trainAndEncode(seed: number): ReturnType<typeof encodeWeights> {
  const w = trainPerceptron(sentences(), { epochs: 3, seed, minCount: 1 });
  return encodeWeights(w.tags, w.featureNames, w.weights, w.transitions, 1, { ...INFO, seed }, new Map());
}

describe('trainPerceptron', () => {
  it('learns the training patterns', () => {
    const { file } = trainAndEncode(7);
    const model = modelFromWeights(file, 'memory');
    const text = 'Anna Berg , chief of Norr Capital , moved to Graz .';
    const spans = tagEntitiesWith(model, text).map((s) => [text.slice(s.start, s.end), s.type]);
    expect(spans).toEqual([
      ['Anna Berg', 'Person'],
      ['Norr Capital', 'Organization'],
      ['Graz', 'Place'],
    ]);
  });

  it('is deterministic: same data and seed give byte-identical files', () => {
    const a = trainAndEncode(7);
    const b = trainAndEncode(7);
    expect(a.file.sha256).toBe(b.file.sha256);
    expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
  });

  it('parses what it writes, and rejects a tampered file by code', () => {
    const { bytes, file } = trainAndEncode(7);
    expect(parseWeightsFile(bytes, 'x')).toEqual(file);
    const tampered = { ...file, temperature: 2 };
    const again = parseWeightsFile(gzipSync(JSON.stringify(tampered)), 'x');
    let caught: unknown;
    try {
      modelFromWeights(again, 'x');
    } catch (error) {
      caught = error;
    }
    expect(isCorpgraphError(caught, 'E_INPUT_UNREADABLE')).toBe(true);
    expect(JSON.parse(gunzipSync(bytes).toString('utf8')).format).toBe('corpgraph-ner/1');
  });
});
