// Training on a tiny synthetic corpus: learns the cue, is deterministic, and round-trips the weights file.
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCorpgraphError } from '../../src/errors.js';
import { NONE } from '../../src/extract/relations/classifier/classes.js';
import { classifyPairsWith } from '../../src/extract/relations/classifier/index.js';
import { candidatePairs } from '../../src/extract/relations/classifier/pairs.js';
import {
  predictPairs,
  type TrainingPair,
  trainRelationClassifier,
} from '../../src/extract/relations/classifier/train.js';
import {
  decodeRelationWeights,
  encodeRelationWeights,
  loadRelationModel,
  type RelationTrainingInfo,
} from '../../src/extract/relations/classifier/weights-io.js';
import { mentionsOf, oneSentence } from './helpers.js';

const CLASSES = [NONE, 'WORKS_FOR', 'LIVES_IN'];
const PEOPLE = ['Anna Berg', 'Tom Reed', 'Lena Voss', 'Paul Hart', 'Ida Lind'];
const ORGS = ['Kettle Works', 'Bluefin Labs', 'Norr Capital', 'Ardent Group'];
const PLACES = ['Oslo', 'Lyon', 'Porto'];

/** "P works for O and visited L" (WORKS_FOR, no LIVES_IN) and "P lives in L and sued O" (LIVES_IN only). */
function corpus(): TrainingPair[] {
  const pairs: TrainingPair[] = [];
  for (const p of PEOPLE)
    for (const o of ORGS)
      for (const l of PLACES) {
        for (const [text, gold] of [
          [`${p} works for ${o} and visited ${l} .`, 'WORKS_FOR'],
          [`${p} lives in ${l} and sued ${o} .`, 'LIVES_IN'],
        ] as const) {
          const names: Array<[string, 'Person' | 'Organization' | 'Place']> =
            gold === 'WORKS_FOR'
              ? [
                  [p, 'Person'],
                  [o, 'Organization'],
                  [l, 'Place'],
                ]
              : [
                  [p, 'Person'],
                  [l, 'Place'],
                  [o, 'Organization'],
                ];
          const mentions = mentionsOf(text, names);
          for (const c of candidatePairs(text, oneSentence(text), mentions, CLASSES)) {
            const objectType = mentions[c.object]?.type;
            const positive =
              (gold === 'WORKS_FOR' && objectType === 'Organization') ||
              (gold === 'LIVES_IN' && objectType === 'Place');
            pairs.push({ features: c.features, valid: c.valid, label: positive ? CLASSES.indexOf(gold) : 0 });
          }
        }
      }
  return pairs;
}

const INFO: RelationTrainingInfo = {
  files: [{ name: 'synthetic', sha256: '-', part: 'all', pairs: 0 }],
  epochs: 5,
  seed: 7,
  learningRate: 0.1,
  l2: 1e-4,
  minCount: 1,
  prune: 0.001,
  targetPrecision: 0.9,
  minClassPrecision: 0.5,
};

describe('trainRelationClassifier', () => {
  const pairs = corpus();
  const options = { epochs: 5, seed: 7, learningRate: 0.1, minCount: 1 };

  it('learns the cue words: each pair gets its gold class', () => {
    const trained = trainRelationClassifier(pairs, CLASSES, options);
    const probs = predictPairs(trained, pairs);
    const correct = probs.filter((p, i) => p.indexOf(Math.max(...p)) === pairs[i]!.label).length;
    expect(correct).toBe(pairs.length);
  });

  it('is deterministic: same data and seed give byte-identical weight files', () => {
    const a = encodeRelationWeights(
      trainRelationClassifier(pairs, CLASSES, options),
      1.2,
      0.8,
      [1, 0.8, 0.8],
      INFO,
    ).bytes;
    const b = encodeRelationWeights(
      trainRelationClassifier(pairs, CLASSES, options),
      1.2,
      0.8,
      [1, 0.8, 0.8],
      INFO,
    ).bytes;
    expect(a.equals(b)).toBe(true);
    const c = encodeRelationWeights(
      trainRelationClassifier(pairs, CLASSES, { ...options, seed: 8 }),
      1.2,
      0.8,
      [1, 0.8, 0.8],
      INFO,
    );
    expect(c.bytes.equals(a)).toBe(false);
  });

  it('round-trips through the weights file and classifies an unseen sentence', () => {
    const trained = trainRelationClassifier(pairs, CLASSES, options);
    const { bytes, file } = encodeRelationWeights(trained, 1, 0.5, [1, 0.5, 0.5], INFO);
    expect(file.threshold).toBe(0.5);
    const model = decodeRelationWeights(bytes, 'memory');
    const text = 'Eva Holm lives in Graz and sued Pine Foods .';
    const mentions = mentionsOf(text, [
      ['Eva Holm', 'Person'],
      ['Graz', 'Place'],
      ['Pine Foods', 'Organization'],
    ]);
    const out = classifyPairsWith(model, text, oneSentence(text), mentions);
    expect(out.map((r) => [r.type, r.subject, r.object, r.rule, r.status])).toEqual([
      ['LIVES_IN', 'm1', 'm2', 'stat-LIVES_IN', 'current'],
    ]);
    expect(out[0]!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(out[0]!.confidence).toBeLessThanOrEqual(1);
    // A class whose threshold is above 1 is never emitted.
    const strict = decodeRelationWeights(
      encodeRelationWeights(trained, 1, 0.5, [1, 0.5, 2], INFO).bytes,
      'memory',
    );
    expect(classifyPairsWith(strict, text, oneSentence(text), mentions)).toEqual([]);
  });

  it('refuses a damaged, foreign or missing weights file by error code', () => {
    const { file } = encodeRelationWeights(
      trainRelationClassifier(pairs, CLASSES, options),
      1,
      0.5,
      [1, 0.5, 0.5],
      INFO,
    );
    const tampered = gzipSync(JSON.stringify({ ...file, threshold: 0.1 }));
    const foreign = gzipSync(JSON.stringify({ ...file, format: 'corpgraph-ner/1' }));
    for (const bytes of [tampered, foreign, Buffer.from('not gzip')]) {
      expect(() => decodeRelationWeights(bytes, 'x')).toThrow(
        expect.objectContaining({ code: 'E_INPUT_UNREADABLE' }),
      );
    }
    try {
      loadRelationModel('/nonexistent/relations-weights.json.gz');
      expect.unreachable();
    } catch (error) {
      expect(isCorpgraphError(error, 'E_INPUT_NOT_FOUND')).toBe(true);
    }
    expect(JSON.parse(gunzipSync(tampered).toString()).sha256).toBe(file.sha256);
  });
});
