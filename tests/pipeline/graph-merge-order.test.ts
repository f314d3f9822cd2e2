// The optimised graph builder (indexed documents, binary insertion) gives byte-identical graphs to the
// original linear-scan builder, for random extraction sequences (fast-check, fixed seed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addExtraction, hasDocument } from '../../src/graph/build.js';
import { createGraph } from '../../src/graph/create.js';
import { deserializeGraph, serializeGraph } from '../../src/graph/io.js';
import type { Extraction, Mention, RelationMention } from '../../src/types.js';
import * as reference from './reference-build.js';

const KEYS = ['org:a', 'org:b', 'org:c', 'person:d', 'place:e', 'place:f'];
const TYPES = ['ACQUIRED', 'PARTNERED_WITH', 'BASED_IN', 'CEO_OF', 'MERGED_WITH'] as const;

const mentionArb = fc.record({
  key: fc.constantFrom(...KEYS),
  text: fc.constantFrom('A', 'Alpha', 'B Corp', 'Beta', 'Dee', 'E-town', 'F'),
  canonical: fc.option(fc.constantFrom('Alpha Inc', 'Beta Corp'), { nil: undefined }),
});
const relationArb = fc.record({
  s: fc.nat(5),
  o: fc.nat(5),
  type: fc.constantFrom(...TYPES),
  status: fc.constantFrom('current', 'former'),
  start: fc.nat(3),
  rule: fc.constantFrom('r1', 'r2'),
  confidence: fc.constantFrom(0.5, 0.75, 0.9),
});
const extractionArb = fc.record({
  id: fc.constantFrom('d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'),
  mentions: fc.array(mentionArb, { minLength: 1, maxLength: 6 }),
  relations: fc.array(relationArb, { maxLength: 6 }),
});

type Generated = typeof extractionArb extends fc.Arbitrary<infer T> ? T : never;

function toExtraction(x: Generated): Extraction {
  const text = 'Alpha acquired Beta. Dee runs Alpha. Beta is in E-town and F.';
  const mentions: Mention[] = x.mentions.map((m, i) => {
    const type = m.key.startsWith('org') ? 'Organization' : m.key.startsWith('person') ? 'Person' : 'Place';
    const mention: Mention = { id: `m${i + 1}`, type, text: m.text, key: m.key, start: 0, end: 1 };
    if (m.canonical !== undefined) mention.canonical = m.canonical;
    return mention;
  });
  const relations: RelationMention[] = x.relations.map((r) => ({
    type: r.type,
    subject: `m${(r.s % mentions.length) + 1}`,
    object: `m${(r.o % mentions.length) + 1}`,
    status: r.status,
    rule: r.rule,
    confidence: r.confidence,
    sentence: { start: r.start * 10, end: r.start * 10 + 9 },
  }));
  return { doc: { id: x.id, text, uri: `${x.id}.txt` }, mentions, relations, sentences: [], diagnostics: [] };
}

describe('graph builder', () => {
  it('matches the original builder byte for byte (also across a graph.json round trip)', () => {
    fc.assert(
      fc.property(fc.array(extractionArb, { maxLength: 12 }), fc.nat(12), (xs, cut) => {
        const extractions = xs.map(toExtraction);
        const expected = createGraph();
        for (const e of extractions) reference.addExtraction(expected, e);
        // Half built, written and read back (a fresh documents array), then the rest: incremental build.
        let actual = createGraph();
        extractions.slice(0, cut).forEach((e) => {
          addExtraction(actual, e);
        });
        actual = deserializeGraph(JSON.parse(JSON.stringify(serializeGraph(actual))));
        for (const e of extractions.slice(cut)) addExtraction(actual, e);
        expect(JSON.stringify(serializeGraph(actual))).toBe(JSON.stringify(serializeGraph(expected)));
        for (const e of extractions) expect(hasDocument(actual, e.doc.id)).toBe(true);
        expect(hasDocument(actual, 'absent')).toBe(false);
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });
});
