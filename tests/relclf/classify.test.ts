// classifyPairs with the shipped weights: rules win, negation drops, one relation per pair, titles type it.
import { afterEach, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import {
  classifyPairs,
  classifyPairsWith,
  getRelationModel,
} from '../../src/extract/relations/classifier/index.js';
import type { RelationMention } from '../../src/types.js';
import { mentionsOf, oneSentence } from './helpers.js';

const model = getRelationModel();

describe('classifyPairsWith (shipped weights)', () => {
  const text = 'Maria Lopez , the chief executive of Acme Corp. , spoke in Denver on Monday .';
  const mentions = mentionsOf(text, [
    ['Maria Lopez', 'Person'],
    ['Acme Corp.', 'Organization'],
    ['Denver', 'Place'],
  ]);

  it('ships a precision-first threshold and calibrated probabilities', () => {
    expect(model.threshold).toBeGreaterThanOrEqual(0.5);
    expect(model.temperature).toBeGreaterThan(0);
    for (const r of classifyPairsWith(model, text, oneSentence(text), mentions, { threshold: 0 })) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.rule).toBe(`stat-${r.type}`);
    }
    // Why: a class precise enough out of fold may emit below the global threshold (CEO_OF at 0.5).
    const lowest = Math.min(...model.classThresholds);
    expect(lowest).toBeGreaterThanOrEqual(0.5);
    for (const r of classifyPairs(text, oneSentence(text), mentions)) {
      expect(r.confidence).toBeGreaterThanOrEqual(lowest);
    }
  });

  it('types a Person → Organization pair by the title between them', () => {
    const out = classifyPairsWith(model, text, oneSentence(text), mentions, { threshold: 0 });
    const role = out.find((r) => r.subject === 'm1' && r.object === 'm2');
    expect(role).toMatchObject({ type: 'CEO_OF', title: 'chief executive', status: 'current' });
  });

  it('gives at most one relation per unordered pair, in a valid direction', () => {
    const places = 'The plant is in Azusa , California , near the river .';
    const m = mentionsOf(places, [
      ['Azusa', 'Place'],
      ['California', 'Place'],
    ]);
    const out = classifyPairsWith(model, places, oneSentence(places), m, { threshold: 0 });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'LOCATED_IN', subject: 'm1', object: 'm2' });
  });

  it('leaves a pair to the rules when a rule covers it (either direction)', () => {
    const rule: RelationMention = {
      type: 'WORKS_FOR',
      subject: 'm1',
      object: 'm2',
      status: 'current',
      rule: 'appositive-title-of',
      confidence: 0.9,
      sentence: oneSentence(text)[0]!,
    };
    const out = classifyPairsWith(model, text, oneSentence(text), mentions, {
      threshold: 0,
      ruleRelations: [rule],
    });
    expect(out.some((r) => [r.subject, r.object].sort().join() === 'm1,m2')).toBe(false);
    expect(out.length).toBeGreaterThan(0);
  });

  it('drops a denied relation and never pairs mentions across sentences', () => {
    const denied = 'Maria Lopez does not work for Acme Corp. , she said .';
    const m = mentionsOf(denied, [
      ['Maria Lopez', 'Person'],
      ['Acme Corp.', 'Organization'],
    ]);
    expect(classifyPairsWith(model, denied, oneSentence(denied), m, { threshold: 0 })).toEqual([]);
    const two = 'Maria Lopez spoke . Acme Corp. is in Denver .';
    const m2 = mentionsOf(two, [
      ['Maria Lopez', 'Person'],
      ['Acme Corp.', 'Organization'],
      ['Denver', 'Place'],
    ]);
    const sentences = [
      { start: 0, end: 18 },
      { start: 19, end: two.length },
    ];
    const out = classifyPairsWith(model, two, sentences, m2, { threshold: 0 });
    expect(out.every((r) => r.subject !== 'm1' && r.object !== 'm1')).toBe(true);
  });

  it('is deterministic', () => {
    const a = classifyPairsWith(model, text, oneSentence(text), mentions, { threshold: 0 });
    const b = classifyPairsWith(model, text, oneSentence(text), mentions, { threshold: 0 });
    expect(b).toEqual(a);
  });
});

describe('extractDocument with the classifier', () => {
  const saved = process.env.CORPGRAPH_NO_RELCLF;
  afterEach(() => {
    if (saved === undefined) delete process.env.CORPGRAPH_NO_RELCLF;
    else process.env.CORPGRAPH_NO_RELCLF = saved;
  });
  const doc = {
    id: 'd1',
    text: 'Lena Voss , who heads the Graz office of Ardent Group , said the deal was fair .',
  };

  it('adds classifier relations beside the rules, and CORPGRAPH_NO_RELCLF=1 turns it off', () => {
    delete process.env.CORPGRAPH_NO_RELCLF;
    const withClf = extractDocument(doc).relations;
    process.env.CORPGRAPH_NO_RELCLF = '1';
    const without = extractDocument(doc).relations;
    expect(without.some((r) => r.rule.startsWith('stat-'))).toBe(false);
    const added = withClf.filter((r) => r.rule.startsWith('stat-'));
    expect(added.length).toBeGreaterThan(0);
    // Rules are untouched, and no classifier relation repeats a pair a rule covers.
    expect(withClf.filter((r) => !r.rule.startsWith('stat-'))).toEqual(without);
    const ruled = new Set(without.flatMap((r) => [`${r.subject}|${r.object}`, `${r.object}|${r.subject}`]));
    for (const r of added) expect(ruled.has(`${r.subject}|${r.object}`)).toBe(false);
  });
});
