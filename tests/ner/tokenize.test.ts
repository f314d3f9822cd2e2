// Tokenizer: exact offsets and the splits names depend on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeNer } from '../../src/extract/ner/tokenize.js';

const texts = (s: string): string[] => tokenizeNer(s).map((t) => t.text);

describe('tokenizeNer', () => {
  it.each([
    ['Smith , who', ['Smith', ',', 'who']],
    ['Smith, who', ['Smith', ',', 'who']],
    ['in the U.S. market', ['in', 'the', 'U.S.', 'market']],
    ['with GEM Co., a firm', ['with', 'GEM', 'Co.', ',', 'a', 'firm']],
    ['a Westborough-based firm', ['a', 'Westborough', '-based', 'firm']],
    ['U.S.-based', ['U.S.', '-based']],
    ["Kevin O'Brien of AT&T", ['Kevin', "O'Brien", 'of', 'AT&T']],
    ['Coca-Cola and ITAR-TASS', ['Coca-Cola', 'and', 'ITAR-TASS']],
    ['Ascend’s plan', ['Ascend', '’s', 'plan']],
    ["GEM's experience", ['GEM', "'s", 'experience']],
    ['John F. Kennedy met Mr. Smith.', ['John', 'F.', 'Kennedy', 'met', 'Mr.', 'Smith', '.']],
    ['$1,200.50 (50%) on 1996-08-22.', ['$', '1,200.50', '(', '50%', ')', 'on', '1996-08-22', '.']],
    ['He lives in Boise.', ['He', 'lives', 'in', 'Boise', '.']],
    ['“Quote,” she said — fine', ['“', 'Quote', ',', '”', 'she', 'said', '—', 'fine']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('keeps exact offsets on any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        let last = 0;
        for (const t of tokenizeNer(s)) {
          expect(s.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.text.trim()).toBe(t.text);
          expect(t.text.length).toBeGreaterThan(0);
          last = t.end;
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('covers every non-space character', () => {
    const s = ' A.B. \n O’Neil & Co.—x-y\tZ-based ';
    const covered = tokenizeNer(s).reduce((n, t) => n + t.text.length, 0);
    expect(covered).toBe(s.replace(/\s/gu, '').length);
  });
});
