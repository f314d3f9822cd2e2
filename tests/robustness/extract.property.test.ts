// Property tests (fast-check, fixed seed): extraction never throws, spans are exact, relations are sound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import type { Extraction } from '../../src/types.js';
import { HOSTILE_ORG_NAMES } from './generate-corpus.js';

// Why: a fixed seed makes failures reproducible in CI; change it deliberately to explore further.
const SEED = 20240501;

/** Pieces of business prose, so random texts also reach the entity and relation rules. */
const FRAGMENTS = [
  'Ascend Elements',
  'GEM Co., Ltd.',
  'Linh Austin',
  ', president and CEO of ',
  ' signed a memorandum of understanding with ',
  ' agreed to acquire ',
  ' is based in ',
  '-based ',
  'Shenzhen, China',
  ' former executive at BP and McDermott International',
  ' He said ',
  ' the company ',
  '. ',
  '.\n\n',
  '"',
  "'s ",
  ' (GEM) ',
  'Inc.',
  'U.S.',
  ...HOSTILE_ORG_NAMES,
];

/** Any UTF-16 code unit, lone surrogates included (strings from broken input can hold them). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: codeUnit, maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
        fc.string({ unit: 'binary', maxLength: 8 }),
      ),
      {
        maxLength: 40,
      },
    )
    .map((parts) => parts.join('')),
);

function check(extraction: Extraction, input: string): void {
  const ids = new Set<string>();
  for (const m of extraction.mentions) {
    expect(ids.has(m.id), `duplicate mention id ${m.id}`).toBe(false);
    ids.add(m.id);
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(0 <= m.start && m.start <= m.end && m.end <= input.length).toBe(true);
    expect(m.text).toBe(input.slice(m.start, m.end));
  }
  for (const r of extraction.relations) {
    expect(ids.has(r.subject), `relation ${r.type} subject ${r.subject} is not a mention`).toBe(true);
    expect(ids.has(r.object), `relation ${r.type} object ${r.object} is not a mention`).toBe(true);
    expect(r.confidence >= 0 && r.confidence <= 1).toBe(true);
    expect(
      0 <= r.sentence.start && r.sentence.start <= r.sentence.end && r.sentence.end <= input.length,
    ).toBe(true);
  }
  for (const s of extraction.sentences) {
    expect(0 <= s.start && s.start <= s.end && s.end <= input.length).toBe(true);
  }
}

describe('extractDocument over random Unicode text', () => {
  it('never throws, every mention is the exact slice at its offsets, every relation argument exists', () => {
    let withMentions = 0;
    let withRelations = 0;
    fc.assert(
      fc.property(text, (input) => {
        const extraction = extractDocument({ id: 'prop', text: input });
        check(extraction, input);
        if (extraction.mentions.length > 0) withMentions++;
        if (extraction.relations.length > 0) withRelations++;
      }),
      { seed: SEED, numRuns: 300 },
    );
    // Why: the checks above pass vacuously on empty output; make sure the run reached both stages.
    expect(withMentions).toBeGreaterThan(0);
    expect(withRelations).toBeGreaterThan(0);
  });

  it('exercises the rules: the fragment texts do produce mentions and relations', () => {
    // Guards the property above against passing vacuously on an extractor that finds nothing.
    const input =
      'Linh Austin, president and CEO of Ascend Elements, said Ascend Elements signed a memorandum of understanding with GEM Co., Ltd.';
    const extraction = extractDocument({ id: 'guard', text: input });
    expect(extraction.mentions.length).toBeGreaterThan(0);
    check(extraction, input);
  });

  it('hostile names in ordinary sentences keep exact spans', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTILE_ORG_NAMES), fc.constantFrom(...HOSTILE_ORG_NAMES), (a, b) => {
        const input = `${a} signed a memorandum of understanding with ${b}. ${a} is based in Boston.`;
        check(extractDocument({ id: 'hostile', text: input }), input);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
