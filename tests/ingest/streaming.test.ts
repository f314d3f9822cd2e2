// Streaming: a large JSONL collection is read line by line; the first document arrives long before the end.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { collect, docs, fixture, tempDir } from './helpers.js';

/** A stream that hands out `bytes` in pieces of `size` bytes (splitting tags, lines and characters). */
function trickle(bytes: Buffer, size: number): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    })(),
  );
}

const LINES = 50_000;

function line(i: number): string {
  return `${JSON.stringify({ id: `n${i}`, text: `Company ${i} opened a plant in Ohio on day ${i}. It will hire ${i % 500} people.` })}\n`;
}

describe('streaming', () => {
  it('yields the first of 50,000 JSONL documents before the producer has written 1% of them', async () => {
    let produced = 0;
    const stdin = Readable.from(
      (function* () {
        for (let i = 0; i < LINES; i++) {
          produced++;
          yield line(i);
        }
      })(),
    );
    const iterator = ingest(['-'], { stdin })[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value).toMatchObject({ kind: 'document', doc: { sourceId: 'n0' } });
    expect(produced).toBeLessThan(LINES / 100);
    let count = 1;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) count++;
    expect(count).toBe(LINES);
    expect(produced).toBe(LINES);
  });

  it.skipIf(process.platform === 'win32')(
    'reads a named pipe as it is written (e.g. <(zcat news.jsonl.gz))',
    async () => {
      const dir = tempDir();
      const fifo = join(dir, 'feed.jsonl');
      await new Promise<void>((resolve, reject) => {
        spawn('mkfifo', [fifo]).on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`mkfifo ${code}`)),
        );
      });
      const writer = createWriteStream(fifo);
      let written = 0;
      const write = () => {
        // Write slowly: 10 lines, then wait for the reader before finishing.
        while (written < 10) writer.write(line(written++));
      };
      write();
      const iterator = ingest([fifo])[Symbol.asyncIterator]();
      const first = await iterator.next();
      expect(first.value).toMatchObject({ kind: 'document', doc: { sourceId: 'n0', uri: `${fifo}#1` } });
      expect(written).toBe(10);
      for (let i = 10; i < 1000; i++) writer.write(line(i));
      writer.end();
      let count = 1;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) count++;
      expect(count).toBe(1000);
    },
  );

  it.each([1, 3, 7, 64])('gives the same documents whatever the chunk size (%i bytes)', async (size) => {
    for (const [name, format] of [
      ['collection.jsonl', 'jsonl'],
      ['sample.sgm', 'reuters-sgml'],
    ] as const) {
      const whole = docs(await collect([fixture(name)])).map((d) => [d.id, d.title, d.sourceId]);
      const pieces = docs(
        await collect(['-'], { stdin: trickle(readFileSync(fixture(name)), size), format }),
      );
      expect(pieces.map((d) => [d.id, d.title, d.sourceId])).toEqual(whole);
    }
  });
});
