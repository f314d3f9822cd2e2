// Scoring from the sentence context gives the very same probabilities as scoring the feature list.
import { describe, expect, it } from 'vitest';
import { scorePairInContext } from '../../src/extract/relations/classifier/context-score.js';
import { getRelationModel } from '../../src/extract/relations/classifier/index.js';
import { scorePair } from '../../src/extract/relations/classifier/model.js';
import { candidatePairs } from '../../src/extract/relations/classifier/pairs.js';
import { mentionsOf, oneSentence } from './helpers.js';

describe('scorePairInContext', () => {
  it('is bit-identical to scorePair over pairFeatures, on the shipped model', () => {
    const model = getRelationModel();
    const text =
      'Mary Barra, chief executive of General Motors in Detroit, said on Monday that Ford, based in Dearborn, Michigan, hired John Smith.';
    const mentions = mentionsOf(text, [
      ['Mary Barra', 'Person'],
      ['General Motors', 'Organization'],
      ['Detroit', 'Place'],
      ['Ford', 'Organization'],
      ['Dearborn', 'Place'],
      ['Michigan', 'Place'],
      ['John Smith', 'Person'],
    ]);
    const pairs = candidatePairs(text, oneSentence(text), mentions, model.classes);
    expect(pairs.length).toBeGreaterThan(10);
    for (const p of pairs) {
      const fromList = scorePair(model, p.features, p.valid, model.temperature);
      const fromContext = scorePairInContext(
        model,
        p.context,
        p.subject,
        p.object,
        p.valid,
        model.temperature,
      );
      expect([...fromContext]).toEqual([...fromList]);
    }
  });
});
