// Table test: which line breaks only wrap a paragraph, and the offsets-preserving unwrap the tagger reads.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { unwrapLines } from '../../src/util/hard-wrap.js';
import { relationStrings } from '../extract/helpers.js';

const WIRE = [
  'Corvane Holdings Inc said it agreed to acquire the Westrand',
  'Mining unit of Halden Resources for 120 mln dlrs in cash, and',
  'that the deal would close in May after a review by regulators.',
  '    The company said its board approved the plan on Tuesday.',
].join('\n');

describe('unwrapLines', () => {
  it.each([
    ['a wrapped wire paragraph reads as one', WIRE, [true, true, false]],
    [
      'a headline over a blank line stays apart',
      'Corvane buys Westrand\n\nCorvane Holdings said …',
      [false, false],
    ],
    [
      'ragged one-paragraph-per-line copy stays apart',
      'Corvane Holdings said on Tuesday that it had agreed to buy Westrand Mining for $120 million.\nHalden Resources',
      [false],
    ],
    ['a line that plainly goes on joins', 'Corvane said it agreed\nto acquire Westrand.', [true]],
    ['a legal form on the next line joins', 'Corvane Holdings\nInc said it would buy Westrand.', [true]],
    ['a sentence end before a capital stays apart', 'Corvane rose.\nHalden fell.', [false]],
    [
      'a short first line that reports joins its wrapped paragraph',
      'Morrison Knudsen Corp said Black\nRiver Constructors, a joint venture with two partners, won the\ncontract to build the dam, which will take three years and cost\n200 mln dlrs.',
      [true, true, true],
    ],
    [
      'a headline over a wrapped paragraph stays apart',
      'Corvane To Buy Westrand Mining\nCorvane Holdings Inc said it agreed to buy the Westrand Mining\nunit of Halden Resources for 120 mln dlrs in cash, subject to a\nreview by regulators.',
      [false, true, true],
    ],
  ] as const)('%s', (_, text, joined) => {
    const out = unwrapLines(text);
    expect(out).toHaveLength(text.length);
    const breaks = [...text.matchAll(/\n/g)].map((m) => m.index);
    expect(breaks.map((i) => out[i] === ' ')).toEqual(joined);
  });

  it('keeps CRLF text the same length and joins its wraps', () => {
    const text = 'Corvane said it agreed\r\nto acquire Westrand.';
    expect(unwrapLines(text)).toBe('Corvane said it agreed  to acquire Westrand.');
  });

  it('lets relations and names cross a wrapped line, with offsets into the original', () => {
    const x = extractDocument({ id: 'w', text: WIRE });
    expect(relationStrings(x)).toContain('Corvane Holdings Inc ACQUIRED Westrand Mining planned');
    const unit = x.mentions.find((m) => m.canonical === 'Westrand Mining');
    expect(unit && WIRE.slice(unit.start, unit.end)).toBe('Westrand\nMining');
  });
});
