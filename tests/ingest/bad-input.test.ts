// Bad input (issue 7): every rejected input is one diagnostic with file, line and reason; nothing throws.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, ingestHtml, ingestHtmlDetailed, isDiagnostic } from '../../src/ingest/index.js';
import { collect, docs, skips, tempDir } from './helpers.js';

async function one(name: string, content: string | Buffer, options = {}) {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, content);
  const items = await collect([path], options);
  expect(items).toHaveLength(1);
  return { path, item: items[0]! };
}

describe('rejected inputs', () => {
  it.each([
    ['empty.txt', '', 'empty-file'],
    ['blank.txt', ' \n\n \t\n', 'empty-file'],
    [
      'nul.txt',
      Buffer.from([0x41, 0x63, 0x6d, 0x65, 0x00, 0x01, 0x02, 0x00, 0x9f, 0x00, 0x00, 0x13]),
      'binary-file',
    ],
    [
      'controls.txt',
      Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x41))),
      'binary-file',
    ],
    ['report.txt', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20, 0x41)]), 'binary-file'],
    ['nobody.html', '<html><head><title>Nothing</title></head></html>', 'no-text'],
    ['furniture.txt', 'ADVERTISEMENT\n\nShare this article\n\nGet our email newsletter', 'no-text'],
    ['records.jsonl', '', 'empty-file'],
  ])('%s → %s', async (name, content, code) => {
    const { path, item } = await one(name, content);
    expect(item.kind).toBe('skipped');
    expect(skips([item])[0]).toMatchObject({ code, source: path, stage: 'ingest' });
  });

  it('a missing path is a skipped error, and the batch continues', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.txt'), 'Acme opened a lab in Ohio.');
    const items = await collect([join(dir, 'missing.txt'), join(dir, 'ok.txt')]);
    expect(skips(items)).toMatchObject([
      { code: 'not-found', severity: 'error', source: join(dir, 'missing.txt') },
    ]);
    expect(docs(items)).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file is a skipped error', async () => {
    const dir = tempDir();
    const path = join(dir, 'secret.txt');
    writeFileSync(path, 'Acme opened a lab.');
    chmodSync(path, 0o000);
    expect(skips(await collect([path]))).toMatchObject([
      { code: 'unreadable', message: 'permission denied' },
    ]);
  });

  it('a document over maxDocumentBytes is refused with the sizes, never truncated', async () => {
    const { item } = await one('big.txt', `Acme opened a lab. ${'word '.repeat(400)}`, {
      maxDocumentBytes: 1000,
    });
    const [d] = skips([item]);
    expect(d?.code).toBe('too-large');
    expect(d?.message).toMatch(/2019 bytes, over the 1000-byte limit/u);
  });

  it('a JSONL record over maxDocumentBytes is refused with its line', async () => {
    const { path, item } = await one('c.jsonl', `${JSON.stringify({ text: 'x'.repeat(2000) })}\n`, {
      maxDocumentBytes: 1000,
    });
    expect(skips([item])).toMatchObject([{ code: 'too-large', line: 1, source: path }]);
  });
});

describe('encodings', () => {
  const sentence = 'Zürich-based Acme signed a deal with Café Noir.';

  it('UTF-16 LE and BE with a BOM decode properly', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const { item } = await one('u16.txt', bytes);
      expect(docs([item])[0]?.text).toBe(sentence);
    }
  });

  it('UTF-16 without a BOM is recognised (with a note)', () => {
    const result = decodeBytes(Buffer.from(sentence, 'utf16le'));
    expect(result).toMatchObject({ ok: true, text: sentence, encoding: 'utf-16le' });
  });

  it('Latin-1 bytes are decoded as windows-1252 with a warning naming the line', async () => {
    const { path, item } = await one('latin1.txt', Buffer.from(`First line.\n${sentence}`, 'latin1'));
    expect(item.kind).toBe('document');
    if (item.kind !== 'document') return;
    expect(item.doc.text).toBe(`First line.\n\n${sentence}`);
    expect(item.diagnostics).toMatchObject([
      { code: 'decoded-legacy', severity: 'warning', line: 2, source: path },
    ]);
  });

  it('invalid UTF-8 inside UTF-8 text keeps the article with U+FFFD and a warning', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Zürich-based Acme '),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from(' rose.'),
    ]);
    const { item } = await one('bad.txt', bytes);
    if (item.kind !== 'document') throw new Error('expected a document');
    expect(item.doc.text).toContain('\ufffd');
    expect(item.doc.text).toContain('Zürich-based Acme');
    expect(item.diagnostics).toMatchObject([{ code: 'invalid-utf8', line: 1 }]);
  });

  it('an HTML page declaring a legacy charset is decoded with it', async () => {
    const html = Buffer.from(
      '<html><head><meta charset="iso-8859-1"><title>T</title></head><body><p>Zürich-based Acme opened a lab in Ohio.</p></body></html>',
      'latin1',
    );
    const { item } = await one('page.html', html);
    expect(docs([item])[0]?.text).toBe('Zürich-based Acme opened a lab in Ohio.');
  });
});

describe('stray NUL bytes', () => {
  it('a few NULs in valid UTF-8 text keep the article, minus the NULs, with a warning and its line', async () => {
    const { item } = await one('nul.txt', 'First line.\nAcme opened\u0000\u0000 a lab in Ohio.\n');
    if (item.kind !== 'document') throw new Error('expected a document');
    expect(item.doc.text).toBe('First line.\n\nAcme opened a lab in Ohio.');
    expect(item.diagnostics).toMatchObject([{ code: 'nul-bytes', severity: 'warning', line: 2 }]);
  });
});

describe('hostile text', () => {
  it('strips zero-width and bidi controls, keeps RTL letters and joiners, and ids ignore them', async () => {
    const text = 'Ac\u200bme\u00ad Corp\u202e signed with \u05d0\u05dc\u05e3 Ltd.\u2066 Done\u200d.';
    const { item } = await one('zw.txt', text);
    const doc = docs([item])[0]!;
    expect(doc.text).toBe('Acme Corp signed with \u05d0\u05dc\u05e3 Ltd. Done\u200d.');
  });

  it('deeply nested HTML neither overflows the stack nor stalls: body text with a warning', () => {
    const depth = 20000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Acme Corp opened a plant in Ohio on Monday.</p>${'</div>'.repeat(depth)}</body></html>`;
    const started = Date.now();
    const { result, notes } = ingestHtmlDetailed(html, { uri: 'deep.html' });
    expect(Date.now() - started).toBeLessThan(15000);
    expect(isDiagnostic(result) ? result.message : result.text).toBe(
      'Acme Corp opened a plant in Ohio on Monday.',
    );
    expect(notes).toMatchObject([{ code: 'html-fallback', severity: 'warning', source: 'deep.html' }]);
  });

  it('markup and script in text stay inert text in HTML ingestion', () => {
    const result = ingestHtml(
      '<html><body><article><p>Acme &lt;script&gt;alert(1)&lt;/script&gt; said "hi" and {x} cost $5 in Ohio.</p><script>document.write("x")</script></article></body></html>',
    );
    expect(isDiagnostic(result) ? result.message : result.text).toBe(
      'Acme <script>alert(1)</script> said "hi" and {x} cost $5 in Ohio.',
    );
  });
});
