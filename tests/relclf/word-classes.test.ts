// Cue families of the relation classifier: which stems share a family, and that they reach the features.
import { describe, expect, it } from 'vitest';
import { pairFeatures } from '../../src/extract/relations/classifier/features.js';
import { stemWord, tokenizeSentence } from '../../src/extract/relations/classifier/tokens.js';
import { wordClass } from '../../src/extract/relations/classifier/word-classes.js';
import { mentionsOf, oneSentence } from './helpers.js';

describe('wordClass', () => {
  it.each([
    ['headquartered', 'hq'],
    ['based', 'hq'],
    ['acquired', 'acq'],
    ['purchased', 'acq'],
    ['co-founded', 'found'],
    ['established', 'found'],
    ['subsidiary', 'sub'],
    ['owned', 'sub'],
    ['joined', 'emp'],
    ['appointed', 'emp'],
    ['resides', 'live'],
    ['located', 'loc'],
    ['formerly', 'neg'],
  ])('%s → %s', (word, family) => {
    expect(wordClass(stemWord(word))).toBe(family);
  });

  it.each(['the', 'company', 'said', 'of', 'basket', 'revenue'])('%s has no family', (word) => {
    expect(wordClass(stemWord(word))).toBeUndefined();
  });
});

describe('cue-family features', () => {
  const text = 'Acme Corp. , headquartered in Denver , makes tools .';
  const mentions = mentionsOf(text, [
    ['Acme Corp.', 'Organization'],
    ['Denver', 'Place'],
  ]);
  const [sentence] = oneSentence(text);
  const { tokens, position } = tokenizeSentence(text, sentence!, mentions, [0, 1]);
  const features = pairFeatures(
    { tokens, position, mentions, ruleIds: new Map(), ruleMentions: new Set() },
    0,
    1,
  );

  it('names the family of the words between, under both prefixes', () => {
    expect(features).toContain('>|bc=hq');
    expect(features).toContain('OL>|bc=hq');
  });

  it('carries no place name or organization head word (they memorised training entities)', () => {
    expect(features.some((f) => /\|(?:sw|ow|sh|oh)=/.test(f))).toBe(false);
    expect(features.some((f) => f.includes('denver') || f.includes('corp'))).toBe(false);
  });
});
