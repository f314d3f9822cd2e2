// Document ids: content hashes that are stable across runs, line endings, wrapping and invisible characters.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentId, ingestText, normalizeForId } from '../../src/ingest/index.js';
import { collect, docs, fixture, tempDir } from './helpers.js';

describe('documentId', () => {
  it('is 16 hex digits and a known value for a known text (stable across releases)', () => {
    expect(documentId('Acme bought Beta.')).toMatch(/^[0-9a-f]{16}$/u);
    expect(documentId('Acme bought Beta.')).toBe('d39ba32b29d43537');
  });

  it('ignores whitespace layout, NFC/NFD and zero-width characters, but not words', () => {
    const base = documentId('Zürich firm Acme bought Beta.');
    expect(documentId('  Zürich firm\r\nAcme   bought Beta.\n')).toBe(base);
    expect(documentId('Zu\u0308rich firm Acme bought Beta.')).toBe(base);
    expect(documentId('Zürich firm Ac\u200bme bought Beta.')).toBe(base);
    expect(documentId('Zürich firm Acme bought Gamma.')).not.toBe(base);
  });

  it('property: the id only depends on the normalized text (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.constantFrom(' ', '\n', '\t', '  \r\n'),
        (text, space) => {
          const respaced = text.replace(/ /gu, space);
          expect(documentId(respaced)).toBe(documentId(text));
          expect(normalizeForId(normalizeForId(text))).toBe(normalizeForId(text));
        },
      ),
      { seed: 20240601, numRuns: 300 },
    );
  });
});

describe('re-ingesting', () => {
  it('gives the same documents and ids every time, in the same order', async () => {
    const inputs = [fixture('')];
    const first = docs(await collect(inputs));
    const second = docs(await collect(inputs));
    expect(first.length).toBeGreaterThanOrEqual(5);
    expect(second).toEqual(first);
  });

  it('the same article as CRLF text, re-wrapped, gets the same id', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'a.txt'),
      'Acme Corp opened a plant in Ohio on Monday.\n\nIt will employ 300 people.\n',
    );
    writeFileSync(
      join(dir, 'b.txt'),
      'Acme Corp opened a plant in Ohio on Monday.\r\n\r\nIt will employ 300 people.\r\n',
    );
    const [a, b] = docs(await collect([dir]));
    expect(a?.id).toBe(b?.id);
  });

  it('the id is the hash of the emitted text, so offsets and ids describe the same string', () => {
    const doc = ingestText('ADVERTISEMENT\n\nAcme Corp opened a plant in Ohio on Monday.');
    expect(doc.text).toBe('Acme Corp opened a plant in Ohio on Monday.');
    expect(doc.id).toBe(documentId(doc.text));
  });
});
