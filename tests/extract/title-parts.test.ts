// isTitlePart: a name inside a multi-word title ("Financial" in "Chief Financial Officer") is no name; the
// per-document title scan that spares most names the role-phrase search decides exactly as that search.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inRolePhrase, isTitlePart, nearMultiWordTitle } from '../../src/extract/title-parts.js';

describe('isTitlePart', () => {
  it('finds names inside multi-word titles, near or far from other titles', () => {
    const text = 'Jane Roe, Chief Financial Officer of Acme Corp, met John Smith of Beta Inc on Monday.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    expect(isTitlePart(text, at('Financial'))).toBe(true);
    expect(isTitlePart(text, at('Acme Corp'))).toBe(false);
    expect(isTitlePart(text, at('Beta Inc'))).toBe(false);
    expect(isTitlePart('Acme Corp said on Monday.', { start: 0, end: 9 })).toBe(false);
  });

  // Why: isTitlePart reads a name's window only where a document title reaches it, so it decides as the
  // plain window search does exactly when every window holding a role phrase is reached.
  it('reaches every window where the role-phrase search finds one, for texts made of titles and names', () => {
    const piece = fc.constantFrom(
      'Chief Financial Officer',
      'chief executive officer',
      'Senior Vice President',
      'EXECUTIVE VICE PRESIDENT',
      'General Counsel',
      'Managing Director',
      'Finance',
      'Sales',
      'Acme Corp',
      'John Smith',
      'ſenior',
      'Minister',
      'Employment Agreement',
      ' of ',
      ', ',
      ' ',
      'and',
      'x'.repeat(30),
    );
    const doc = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(doc, fc.array(fc.tuple(fc.nat(), fc.nat(30)), { minLength: 1, maxLength: 6 })), {
          minLength: 1,
          maxLength: 3,
        }),
        (docs) => {
          // Several documents in turn, each asked about several spans: the per-document scan is cached.
          for (const [text, spans] of docs)
            for (const [at, length] of spans) {
              const start = at % text.length;
              const span = { start, end: Math.min(text.length, start + 1 + length) };
              if (inRolePhrase(text, span))
                expect(nearMultiWordTitle(text, span), `${text} [${span.start}, ${span.end})`).toBe(true);
            }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
