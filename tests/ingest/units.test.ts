// Small pieces of ingest: dates, decoding choices, Markdown stripping, HTML to paragraphs, globs.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type DomNode, domToText } from '../../src/ingest/html-text.js';
import { decodeBytes, stripMarkdown } from '../../src/ingest/index.js';
import { normalizeDate } from '../../src/ingest/published-date.js';
import { decodeEntities, reflowWire, reutersDate } from '../../src/ingest/reuters.js';
import { globToRegExp } from '../../src/ingest/walk.js';

describe('normalizeDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2015-07-24T05:36:09+01:00', '2015-07-24T05:36:09+01:00'],
    ['January 13, 2017', '2017-01-13'],
    ['13 Jan 2017', '2017-01-13'],
    ['Fri, 13 Jan 2017 18:07:11 -0500', '2017-01-13T23:07:11.000Z'],
    ['Fri, 13 Jan 2017 18:07:11 GMT', '2017-01-13T18:07:11.000Z'],
    ['sometime last week', 'sometime last week'],
    ['   ', undefined],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it('reads Reuters dates without inventing a zone', () => {
    expect(reutersDate('26-FEB-1987 15:01:01.79')).toBe('1987-02-26T15:01:01');
    expect(reutersDate(' 3-MAR-1987')).toBe('1987-03-03');
    expect(reutersDate('soon')).toBeUndefined();
  });
});

describe('decodeBytes', () => {
  it('keeps valid UTF-8 as is and strips a UTF-8 BOM', () => {
    expect(decodeBytes(Buffer.from('\ufeffCafé', 'utf8'))).toMatchObject({
      ok: true,
      text: 'Café',
      notes: [],
    });
  });

  it('prefers windows-1252 only when no UTF-8 sequence exists (smart quotes decode right)', () => {
    const result = decodeBytes(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35]));
    expect(result).toMatchObject({ ok: true, text: '“Hi” €5', encoding: 'windows-1252' });
  });

  it('names the binary kind', () => {
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({
      ok: false,
      reason: 'binary file (PNG image)',
    });
  });
});

describe('stripMarkdown', () => {
  it('keeps line numbers (syntax-only lines become blank) and prose readable', () => {
    const out = stripMarkdown(
      '## Deal\n\n1. **Acme** bought [Beta](http://b)\n\n```\ncode\n```\nsnake_case_name stays',
    );
    expect(out.text.split('\n')).toEqual([
      'Deal',
      '',
      'Acme bought Beta',
      '',
      '',
      '',
      '',
      'snake_case_name stays',
    ]);
  });
});

describe('domToText', () => {
  it('turns blocks into paragraphs and <br> into line ends, skipping scripts', () => {
    const { document } = parseHTML(
      '<html><body><div><h2>Title</h2><p>One <b>bold</b>\n   word.</p><script>x()</script><ul><li>A</li><li>B</li></ul><p>x<br>y</p></div></body></html>',
    );
    expect(domToText(document as unknown as DomNode)).toBe('Title\n\nOne bold word.\n\nA\n\nB\n\nx\ny');
  });
});

describe('Reuters helpers', () => {
  it('decodes SGML entities and reflows indented paragraphs', () => {
    expect(decodeEntities('A &lt;B&gt; &amp; C&#3;')).toBe('A <B> & C\u0003');
    expect(reflowWire('Acme said it\nwill buy Beta.\n    Terms were not\ndisclosed.\n Reuter\n')).toBe(
      'Acme said it will buy Beta.\n\nTerms were not disclosed.',
    );
  });
});

describe('globToRegExp', () => {
  it.each([
    ['news/*.txt', 'news/a.txt', true],
    ['news/*.txt', 'news/sub/a.txt', false],
    ['news/**/*.txt', 'news/a.txt', true],
    ['news/**/*.txt', 'news/x/y/a.txt', true],
    ['news/a?.md', 'news/ab.md', true],
    ['news/[ab].md', 'news/c.md', false],
  ])('%s on %s → %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});
