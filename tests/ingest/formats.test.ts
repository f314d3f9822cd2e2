// Each input format end to end: text, Markdown, HTML, JSONL, Reuters SGML, directories, globs and stdin.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isCorpgraphError } from '../../src/errors.js';
import {
  documentId,
  ingest,
  ingestHtml,
  ingestMarkdown,
  ingestText,
  isDiagnostic,
} from '../../src/ingest/index.js';
import { collect, docs, fixture, skips, tempDir } from './helpers.js';

describe('plain text', () => {
  it('ingests a .txt file with title, clean text and a content id', async () => {
    const [doc] = docs(await collect([fixture('furniture-article.txt')]));
    expect(doc?.title).toBe('Lakeside battery maker signs supply pact with Nordic miner');
    expect(doc?.uri).toBe(fixture('furniture-article.txt'));
    expect(doc?.id).toBe(documentId(doc!.text));
    expect(doc?.text).not.toContain('ADVERTISEMENT');
  });

  it('ingestText keeps given metadata over what it finds', () => {
    const doc = ingestText('Acme buys Beta\n\nAcme agreed to buy Beta for $5 million.', {
      title: 'Given',
      url: 'https://x',
    });
    expect(doc.title).toBe('Given');
    expect(doc.url).toBe('https://x');
  });
});

describe('Markdown', () => {
  it('strips syntax and reads front matter', async () => {
    const [doc] = docs(await collect([fixture('article.md')]));
    expect(doc?.title).toBe('Harbor Freight Lines buys Quay Logistics');
    expect(doc?.byline).toBe('Sam Reyes');
    expect(doc?.published).toBe('2024-03-05');
    expect(doc?.text).toContain(
      'Harbor Freight Lines has agreed to acquire Quay Logistics, a regional carrier based in Portland.',
    );
    expect(doc?.text).toContain('The deal closes in June.');
    expect(doc?.text).not.toMatch(/[*#[\]>]|https?:|truck\.png/u);
  });

  it('takes the first # heading as title without front matter', () => {
    const doc = ingestMarkdown('# Acme opens lab\n\nAcme opened a _new_ lab in `Austin` on Monday.');
    expect(doc.title).toBe('Acme opens lab');
    expect(doc.text).toBe('Acme opens lab\n\nAcme opened a new lab in Austin on Monday.');
  });
});

describe('HTML', () => {
  it('keeps the article and its metadata, drops navigation, ads, sidebars and credits', async () => {
    const [doc] = docs(await collect([fixture('article.html')]));
    expect(doc?.title).toBe('Orchid Bank opens office in Lisbon');
    expect(doc?.published).toBe('2023-11-02T09:30:00Z');
    expect(doc?.text).toContain('Orchid Bank, the Zurich-based lender, said on Thursday');
    expect(doc?.text).toContain('Its shares rose 2% after the announcement');
    for (const junk of [
      'Crater Motors',
      'Pinecone',
      'ADVERTISEMENT',
      'NEWSLETTER',
      'All rights reserved',
      'Example Archive',
    ]) {
      expect(doc?.text).not.toContain(junk);
    }
    expect(doc?.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
  });

  it('finds dates in JSON-LD and <time> and keeps a byline', () => {
    const html = (head: string, body: string) =>
      `<html><head><title>T</title>${head}</head><body><article><p>${'Acme Corp said it opened a plant in Ohio on Monday. '.repeat(12)}</p>${body}</article></body></html>`;
    const ld = ingestHtml(
      html(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"T","datePublished":"2022-05-01T10:00:00Z","author":{"@type":"Person","name":"Kim Lee"}}</script>',
        '',
      ),
    );
    expect(isDiagnostic(ld) ? ld : ld.published).toBe('2022-05-01T10:00:00Z');
    const time = ingestHtml(html('', '<p><time datetime="2021-07-04">July 4</time></p>'));
    expect(isDiagnostic(time) ? time : time.published).toBe('2021-07-04');
  });

  it('takes a "By …" line out of the text as the byline when the page has no author metadata', () => {
    const doc = ingestHtml(
      '<p>By Jane Doe</p><p>Acme Corp said on Monday it would open a new plant in Ohio next year.</p>',
    );
    expect(isDiagnostic(doc) ? doc.message : [doc.byline, doc.text]).toEqual([
      'Jane Doe',
      'Acme Corp said on Monday it would open a new plant in Ohio next year.',
    ]);
  });

  it('reads a fragment without <html> or <body>', () => {
    const doc = ingestHtml('<p>Acme Corp said on Monday it would open a new plant in Ohio next year.</p>');
    expect(isDiagnostic(doc) ? doc.message : doc.text).toBe(
      'Acme Corp said on Monday it would open a new plant in Ohio next year.',
    );
  });
});

describe('JSONL', () => {
  it('yields documents and one diagnostic per broken line, with line numbers, and keeps going', async () => {
    const items = await collect([fixture('collection.jsonl')]);
    const found = docs(items);
    expect(found.map((d) => d.sourceId)).toEqual(['a1', 'a2', '5']);
    expect(found[0]).toMatchObject({
      title: 'Crater Motors hires new CFO',
      url: 'https://example.com/a1',
      published: '2024-01-15',
      uri: `${fixture('collection.jsonl')}#1`,
    });
    expect(found[1]?.title).toBe('Pinecone Labs raises seed round');
    expect(found[1]?.text).toContain('Granite Ventures');
    expect(found[2]?.uri).toBe(`${fixture('collection.jsonl')}#6`);
    expect(skips(items).map((d) => [d.line, d.code, d.source])).toEqual([
      [3, 'bad-json', fixture('collection.jsonl')],
      [4, 'bad-record', fixture('collection.jsonl')],
    ]);
  });

  it('skips a line over maxLineBytes without truncating it, then continues', async () => {
    const dir = tempDir();
    const path = join(dir, 'long.jsonl');
    const long = JSON.stringify({ text: `Acme bought Beta. ${'x'.repeat(5000)}` });
    writeFileSync(path, `${long}\n${JSON.stringify({ text: 'Acme opened a lab in Ohio.' })}\n`);
    const items = await collect([path], { maxLineBytes: 1000 });
    expect(skips(items)).toMatchObject([{ code: 'line-too-long', line: 1, source: path }]);
    expect(skips(items)[0]?.message).toContain('1000');
    expect(docs(items).map((d) => d.text)).toEqual(['Acme opened a lab in Ohio.']);
  });
});

describe('Reuters-21578 SGML', () => {
  it('reads each entry with a body as a document (Latin-1, entities, dateline, reflow, no sign-off)', async () => {
    const items = await collect([fixture('sample.sgm')]);
    const found = docs(items);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({
      title: 'ACME <ACM> TO BUY BETA UNIT',
      published: '1987-03-03T09:15:00',
      sourceId: '7',
      uri: `${fixture('sample.sgm')}#2`,
    });
    expect(found[0]?.text).toBe(
      'NEW YORK, March 3 - Acme Corp said it agreed to buy the beta unit of Gamma Inc for 40 mln dlrs.\n\nThe unit makes valves and had sales of 12 mln dlrs last year, Acme said.',
    );
    expect(found[1]?.text).toBe('Zeta Holdings named Karl Müller chairman.');
    expect(skips(items)).toMatchObject([{ code: 'reuters-no-body', severity: 'info' }]);
  });

  it('is detected by content when the extension says nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'wire.dat');
    writeFileSync(
      path,
      '<REUTERS NEWID="1"><DATE>1-MAR-1987</DATE><TEXT><TITLE>T</TITLE><BODY>Acme rose.</BODY></TEXT></REUTERS>',
    );
    expect(docs(await collect([path]))[0]?.text).toBe('Acme rose.');
  });
});

describe('directories, globs and stdin', () => {
  it('walks a directory recursively in sorted order, skipping hidden files and node_modules', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'b', 'two.txt'), 'Acme opened a lab in Ohio.');
    writeFileSync(join(dir, 'a.txt'), 'Beta opened a lab in Utah.');
    writeFileSync(join(dir, 'c.md'), 'Gamma opened a lab in Iowa.');
    writeFileSync(join(dir, '.hidden.txt'), 'Hidden text.');
    writeFileSync(join(dir, '.git', 'x.txt'), 'Git text.');
    writeFileSync(join(dir, 'node_modules', 'x.txt'), 'Module text.');
    writeFileSync(join(dir, 'photo.jpg'), 'not really');
    const items = await collect([dir]);
    expect(docs(items).map((d) => d.uri)).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'b', 'two.txt'),
      join(dir, 'c.md'),
    ]);
    expect(skips(items)).toMatchObject([{ code: 'unsupported-file', severity: 'info', source: dir }]);
    expect(skips(items)[0]?.message).toContain('photo.jpg');
  });

  it('with a forced format takes only that format from directories', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.txt'), 'About this corpus.');
    writeFileSync(join(dir, 'x.sgm'), '<REUTERS NEWID="1"><TEXT><BODY>Acme rose.</BODY></TEXT></REUTERS>');
    const items = await collect([dir], { format: 'reuters-sgml' });
    expect(docs(items).map((d) => d.text)).toEqual(['Acme rose.']);
    expect(skips(items)[0]?.message).toContain('README.txt');
  });

  it('expands a glob', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'one.txt'), 'Acme opened a lab in Ohio.');
    writeFileSync(join(dir, 'two.html'), '<p>Beta opened a lab in Utah.</p>');
    writeFileSync(join(dir, 'three.txt'), 'Gamma opened a lab in Iowa.');
    expect(docs(await collect([join(dir, '**', '*.txt')])).map((d) => d.text)).toEqual([
      'Acme opened a lab in Ohio.',
      'Gamma opened a lab in Iowa.',
    ]);
    expect(docs(await collect([join(dir, '*.txt')])).map((d) => d.text)).toEqual([
      'Gamma opened a lab in Iowa.',
    ]);
    expect(skips(await collect([join(dir, '*.pdf')]))).toMatchObject([{ code: 'not-found' }]);
  });

  it('reads text from stdin', async () => {
    const stdin = Readable.from([Buffer.from('Acme opened a lab in Ohio.\n')]);
    expect(docs(await collect(['-'], { stdin }))).toMatchObject([
      { uri: '-', text: 'Acme opened a lab in Ohio.' },
    ]);
  });

  it('reads JSONL from stdin when it looks like JSONL', async () => {
    const stdin = Readable.from([
      '{"id":"x","text":"Acme opened a lab."}\n',
      '{"id":"y","text":"Beta closed a lab."}\n',
    ]);
    expect(docs(await collect(['-'], { stdin })).map((d) => [d.sourceId, d.uri])).toEqual([
      ['x', '-#1'],
      ['y', '-#2'],
    ]);
  });

  it('reads HTML from stdin when it looks like HTML', async () => {
    const stdin = Readable.from([
      '<!DOCTYPE html><html><body><p>Acme opened a lab in Ohio on Monday.</p></body></html>',
    ]);
    expect(docs(await collect(['-'], { stdin }))[0]?.text).toBe('Acme opened a lab in Ohio on Monday.');
  });

  it('a failing stdin stream is one skipped diagnostic, not an exception', async () => {
    const stdin = new Readable({
      read() {
        this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
      },
    });
    expect(skips(await collect(['-'], { stdin }))).toMatchObject([{ code: 'unreadable', source: '-' }]);
  });

  it('rejects bad options at once, with a stable code', () => {
    expect(() => ingest(['x'], { format: 'pdf' as never })).toThrow(
      expect.objectContaining({ code: 'E_BAD_OPTION' }),
    );
    let caught: unknown;
    try {
      ingest(['x'], { maxDocumentBytes: 0 });
    } catch (error) {
      caught = error;
    }
    expect(isCorpgraphError(caught, 'E_BAD_OPTION')).toBe(true);
  });
});
