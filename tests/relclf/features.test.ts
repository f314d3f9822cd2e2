// Tokens and pair features: markers, lemmas, order, title words, prepositions, punctuation shape, rules.
import { describe, expect, it } from 'vitest';
import { pairFeatures, type SentenceContext } from '../../src/extract/relations/classifier/features.js';
import { stemWord, tokenizeSentence } from '../../src/extract/relations/classifier/tokens.js';
import type { Mention, RelationMention } from '../../src/types.js';
import { mentionsOf, oneSentence } from './helpers.js';

function context(text: string, mentions: Mention[], rules: RelationMention[] = []): SentenceContext {
  const [sentence] = oneSentence(text);
  const { tokens, position } = tokenizeSentence(
    text,
    sentence!,
    mentions,
    mentions.map((_, i) => i),
  );
  const ruleIds = new Map<string, string[]>();
  for (const r of rules) ruleIds.set(`${r.subject}|${r.object}`, [r.rule]);
  return {
    tokens,
    position,
    mentions,
    ruleIds,
    ruleMentions: new Set(rules.flatMap((r) => [r.subject, r.object])),
  };
}

describe('stemWord', () => {
  it.each([
    ['lives', 'live'],
    ['headquartered', 'headquarter'],
    ['working', 'work'],
    ['was', 'be'],
    ['companies', 'company'],
    ['said', 'say'],
    ['of', 'of'],
    ['business', 'business'],
    ['U.S.', 'u.s.'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});

describe('tokenizeSentence', () => {
  it('turns each mention into one marker token with exact offsets', () => {
    const text = 'Maria Lopez , chief executive of Acme Corp. , lives in Denver .';
    const mentions = mentionsOf(text, [
      ['Maria Lopez', 'Person'],
      ['Acme Corp.', 'Organization'],
      ['Denver', 'Place'],
    ]);
    const { tokens, position } = tokenizeSentence(text, oneSentence(text)[0]!, mentions, [0, 1, 2]);
    expect(tokens.map((t) => t.norm)).toEqual([
      '<P>',
      ',',
      'chief',
      'executive',
      'of',
      '<O>',
      ',',
      'live',
      'in',
      '<L>',
      '.',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.lower);
    expect([...position.entries()]).toEqual([
      [0, 0],
      [1, 5],
      [2, 9],
    ]);
  });

  it('skips a mention that starts inside an earlier one', () => {
    const text = 'Bank of Boston said so .';
    const [bank] = mentionsOf(text, [['Bank of Boston', 'Organization']]);
    const [boston] = mentionsOf(text.replace('Bank of ', '        '), [['Boston', 'Place']]);
    const mentions = [bank!, { ...boston!, id: 'm2' }];
    const { tokens, position } = tokenizeSentence(text, oneSentence(text)[0]!, mentions, [0, 1]);
    expect(position.has(1)).toBe(false);
    expect(tokens.filter((t) => t.mention !== undefined)).toHaveLength(1);
  });
});

describe('pairFeatures', () => {
  const text = 'Maria Lopez , chief executive of Acme Corp. , lives in Denver .';
  const mentions = mentionsOf(text, [
    ['Maria Lopez', 'Person'],
    ['Acme Corp.', 'Organization'],
    ['Denver', 'Place'],
  ]);

  it('records types and order, words between, title and preposition cues, punctuation shape', () => {
    const f = pairFeatures(context(text, mentions), 0, 1);
    expect(f).toContain('tp=PO>');
    expect(f).toContain('PO>|bs=, chief executive of');
    expect(f).toContain('PO>|bf=,');
    expect(f).toContain('PO>|bl=of');
    expect(f).toContain('>|role-between');
    expect(f).toContain('>|prep=of');
    expect(f).toContain('PO>|pat=, w of');
    expect(f).toContain('>|d=4-5');
  });

  it('distinguishes the direction of a pair', () => {
    const places = 'Azusa , California';
    const m = mentionsOf(places, [
      ['Azusa', 'Place'],
      ['California', 'Place'],
    ]);
    const forward = pairFeatures(context(places, m), 0, 1);
    const backward = pairFeatures(context(places, m), 1, 0);
    expect(forward).toContain('tp=LL>');
    expect(backward).toContain('tp=LL<');
    // Every contextual feature carries the order, so none is shared between the two directions.
    expect(forward.filter((x) => backward.includes(x) && x.includes('|'))).toEqual([]);
  });

  it('says which rule fired for the pair, the reversed pair, or another pair of the mention', () => {
    const rule: RelationMention = {
      type: 'WORKS_FOR',
      subject: 'm1',
      object: 'm2',
      status: 'current',
      rule: 'appositive-title-of',
      confidence: 0.9,
      sentence: oneSentence(text)[0]!,
    };
    const ctx = context(text, mentions, [rule]);
    expect(pairFeatures(ctx, 0, 1)).toContain('PO>|rule=appositive-title-of');
    expect(pairFeatures(ctx, 0, 2)).toContain('PL>|rule-s-other');
    expect(pairFeatures(ctx, 0, 2).some((x) => x.includes('rule='))).toBe(false);
  });
});
