// isTitlePart: a name inside a multi-word title ("Financial" in "Chief Financial Officer") is no name; the
// per-document title scan that spares most names the role-phrase search decides exactly as that search.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPARTMENT_WORDS } from '../../src/extract/lexicons/stoplist.js';
import { ROLE_WORDS } from '../../src/extract/lexicons/titles.js';
import { isTitlePart } from '../../src/extract/title-parts.js';
import { alternation } from '../../src/util/escape-regex.js';

/** The role-phrase search as it was before the per-document scan: every window read on its own. */
const ROLE_PHRASE = new RegExp(
  `\\b(?:(?:senior|executive|vice|deputy|assistant|associate|acting|interim|group|global) )*(?:${alternation(ROLE_WORDS.filter((w) => w.includes(' ')))})\\b`,
  'giu',
);
const ROLE_OF =
  /\b(?:President|Director|Head|Manager|Officer|Controller|Chief|Leader|VP|SVP|EVP)(?:,)? (?:of|for) $/u;
const GOVERNMENT_BODY = /\b(?:Ministry|Department|Office|Council|Government|Cabinet|Commission|Agency)$/u;
const DOCUMENT_NAME = /^(?:[\p{Lu}][\p{L}-]* )*(?:Agreement|Letter|Amendment|Exhibit)$/u;

function isTitlePartOracle(text: string, span: { start: number; end: number }): boolean {
  const surface = text.slice(span.start, span.end);
  if (DOCUMENT_NAME.test(surface)) return true;
  if (/^ Ministers?\b/u.test(text.slice(span.end, span.end + 10)) && !GOVERNMENT_BODY.test(surface))
    return true;
  if (DEPARTMENT_WORDS.has(surface) && ROLE_OF.test(text.slice(Math.max(0, span.start - 30), span.start)))
    return true;
  const from = Math.max(0, span.start - 40);
  for (const m of text.slice(from, span.end + 40).matchAll(ROLE_PHRASE)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (start <= span.start && end >= span.end && end - start > span.end - span.start) return true;
  }
  return false;
}

describe('isTitlePart', () => {
  it('finds names inside multi-word titles, near or far from other titles', () => {
    const text = 'Jane Roe, Chief Financial Officer of Acme Corp, met John Smith of Beta Inc on Monday.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    expect(isTitlePart(text, at('Financial'))).toBe(true);
    expect(isTitlePart(text, at('Acme Corp'))).toBe(false);
    expect(isTitlePart(text, at('Beta Inc'))).toBe(false);
    expect(isTitlePart('Acme Corp said on Monday.', { start: 0, end: 9 })).toBe(false);
  });

  it('decides as the role-phrase search over each window does, for texts made of titles and names', () => {
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
              expect(isTitlePart(text, span), `${text} [${span.start}, ${span.end})`).toBe(
                isTitlePartOracle(text, span),
              );
            }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
