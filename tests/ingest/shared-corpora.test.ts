// Opt-in checks on the shared corpora (../shared): the golden seed article, 28 real news pages, Reuters.
// Skipped with a message when ../shared is absent (CI on a clean clone). Nothing from ../shared is copied.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ingestHtml, isDiagnostic } from '../../src/ingest/index.js';
import { collect, docs, skips } from './helpers.js';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const SEED = `${SHARED}seeds/ascend-gem-mou.txt`;
const HTML_NEWS = `${SHARED}datasets/html-news/`;
const REUTERS = `${SHARED}datasets/reuters21578/reut2-000.sgm`;

if (!existsSync(SHARED))
  console.warn(`tests/ingest/shared-corpora: ${SHARED} absent, skipping shared-corpus checks`);

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
// Markers of furniture that must not survive in short paragraphs of the ingested text.
const LEFTOVER =
  /\b(newsletters?|subscribe|sign up|advertisement|getty images|photo courtesy|cookies?|share this|follow us|read more|related stories|all rights reserved|photo credit)\b|\d+ photos$/iu;

describe.skipIf(!existsSync(SEED))('golden seed: ascend-gem-mou.txt', () => {
  it('keeps the article, its headline and caption, and drops all page furniture', async () => {
    const [doc] = docs(await collect([SEED]));
    expect(doc?.title).toBe('Westborough EV battery recycler signs European deal with Chinese firm');
    const paragraphs = doc!.text.split('\n\n');
    for (const junk of [
      'Email Newsletters',
      'ADVERTISEMENT',
      'Digital Partners',
      'Get our email newsletter',
      'Stay up-to-date',
      'Close the CTA',
      'PHOTO COURTESY',
    ]) {
      expect(doc?.text).not.toContain(junk);
    }
    expect(paragraphs).toContain('Linh Austin, president and CEO of Ascend Elements');
    expect(
      paragraphs.some((p) =>
        p.startsWith('Austin, a former executive at energy firms BP and McDermott International'),
      ),
    ).toBe(true);
    expect(
      paragraphs.some((p) => p.startsWith('Eric Casey is the managing editor at Worcester Business Journal')),
    ).toBe(true);
    expect(paragraphs).toHaveLength(9);
    expect(doc?.text).not.toMatch(/\u00a0/u);
  });
});

describe.skipIf(!existsSync(HTML_NEWS))('html-news: 28 real pages', () => {
  const names = existsSync(HTML_NEWS)
    ? readdirSync(HTML_NEWS)
        .filter((n) => existsSync(`${HTML_NEWS}${n}/source.html`))
        .sort()
    : [];

  it('keeps ≥ 95% of Readability’s article words on average, matches its metadata, and leaks ≤ 3 furniture paragraphs', () => {
    let ratioSum = 0;
    let titles = 0;
    let published = 0;
    let publishedExpected = 0;
    const leaks: string[] = [];
    for (const name of names) {
      const html = readFileSync(`${HTML_NEWS}${name}/source.html`, 'utf8');
      const expected = JSON.parse(readFileSync(`${HTML_NEWS}${name}/expected-metadata.json`, 'utf8'));
      const raw = new Readability(parseHTML(html).document as unknown as Document).parse();
      const doc = ingestHtml(html, { uri: name });
      if (isDiagnostic(doc)) throw new Error(`${name}: ${doc.message}`);
      ratioSum += Math.min(1, words(doc.text).length / words(raw?.textContent ?? '').length);
      if (doc.title === expected.title) titles++;
      if (expected.publishedTime) {
        publishedExpected++;
        if (doc.published === expected.publishedTime) published++;
      }
      for (const p of doc.text.split('\n\n'))
        if (LEFTOVER.test(p) && words(p).length < 25) leaks.push(`${name}: ${p}`);
    }
    const ratio = ratioSum / names.length;
    console.info(
      `html-news: ${names.length} pages, kept ${(100 * ratio).toFixed(1)}% of Readability's article words, ` +
        `titles ${titles}/${names.length}, dates ${published}/${publishedExpected}, furniture leaks ${leaks.length}`,
    );
    expect(names.length).toBe(28);
    expect(ratio).toBeGreaterThanOrEqual(0.95);
    expect(titles).toBe(names.length);
    expect(published).toBe(publishedExpected);
    expect(leaks.length, leaks.join('\n')).toBeLessThanOrEqual(3);
  }, 120_000);
});

describe.skipIf(!existsSync(REUTERS))('Reuters-21578', () => {
  it('reads reut2-000.sgm: 1,000 entries, every one with a body is a document', async () => {
    const items = await collect([REUTERS]);
    const found = docs(items);
    const noBody = skips(items).find((d) => d.code === 'reuters-no-body');
    const skippedCount = Number(/^(\d+) of 1000/u.exec(noBody?.message ?? '')?.[1] ?? 0);
    expect(found.length + skippedCount).toBe(1000);
    expect(found[0]).toMatchObject({
      title: 'BAHIA COCOA REVIEW',
      published: '1987-02-26T15:01:01',
      sourceId: '1',
    });
    expect(found[0]?.text.startsWith('SALVADOR, Feb 26 - Showers continued throughout the week')).toBe(true);
    expect(found.every((d) => !/\breuter\s*$/iu.test(d.text) && !/[\u0000-\u0008]/u.test(d.text))).toBe(true);
  });
});
