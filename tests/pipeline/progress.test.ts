// The build's progress helpers: document estimates for the ETA, the skipped summary, and silence when
// stderr is not a terminal.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSkipped } from '../../src/cli/commands/build.js';
import type { CliContext } from '../../src/cli/context.js';
import { createProgress, estimateDocuments, inputsAtMost } from '../../src/cli/progress.js';

const dir = mkdtempSync(join(tmpdir(), 'corpgraph-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function context(isTTY: boolean): { ctx: CliContext; written: () => string } {
  let out = '';
  const stderr = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  // Why: cli-progress draws only on a stream that says it is a terminal.
  Object.assign(stderr, { isTTY, columns: 200 });
  return {
    ctx: { stdout: stderr, stderr, stdoutIsTTY: isTTY, stderrIsTTY: isTTY, exitCode: 0 },
    written: () => out,
  };
}

describe('estimateDocuments', () => {
  it('counts Reuters bodies (also across read chunks), JSONL lines and one per other file', async () => {
    // Why: > 64 KiB, so "<BODY>" markers fall on read-chunk boundaries somewhere.
    const entry = (i: number) =>
      `<REUTERS NEWID="${i}"><TEXT><TITLE>T</TITLE><BODY>Text ${i}.</BODY></TEXT></REUTERS>\n`;
    const briefs = '<REUTERS NEWID="0"><TEXT TYPE="BRIEF"><TITLE>Brief</TITLE></TEXT></REUTERS>\n';
    const sgm = Array.from({ length: 3000 }, (_, i) => entry(i)).join('') + briefs;
    writeFileSync(join(dir, 'a.sgm'), sgm);
    writeFileSync(join(dir, 'b.jsonl'), '{"text":"a"}\n{"text":"b"}\n{"text":"c"}\n');
    writeFileSync(join(dir, 'c.txt'), 'Some text.');
    const files = ['a.sgm', 'b.jsonl', 'c.txt'].map((f) => join(dir, f));
    expect(await estimateDocuments(files)).toBe(3004);
  });

  it('gives up (undefined) on directories, stdin and missing files', async () => {
    expect(await estimateDocuments([dir])).toBeUndefined();
    expect(await estimateDocuments(['-'])).toBeUndefined();
    expect(await estimateDocuments([join(dir, 'missing.txt')])).toBeUndefined();
  });
});

describe('inputsAtMost (small inputs build in one thread)', () => {
  it('sizes files and walks directories; unknown inputs count as large', async () => {
    const small = join(dir, 'small');
    mkdirSync(join(small, 'sub'), { recursive: true });
    writeFileSync(join(small, 'a.txt'), 'x'.repeat(600));
    writeFileSync(join(small, 'sub', 'b.txt'), 'y'.repeat(600));
    expect(await inputsAtMost([small], 1200)).toBe(true);
    expect(await inputsAtMost([small], 1199)).toBe(false);
    expect(await inputsAtMost([join(small, 'a.txt')], 600)).toBe(true);
    expect(await inputsAtMost(['-'], 1e9)).toBe(false);
    expect(await inputsAtMost([join(dir, 'missing')], 1e9)).toBe(false);
  });
});

describe('build summary and progress', () => {
  it('counts skipped inputs by reason, in a stable order', () => {
    expect(formatSkipped(3, { empty: 2, binary: 1 })).toBe('3 skipped (1 binary, 2 empty)');
    expect(formatSkipped(0, {})).toBe('0 skipped');
  });

  it('draws nothing when stderr is not a terminal, but still passes log lines through', () => {
    const { ctx, written } = context(false);
    const progress = createProgress(ctx, false);
    progress.setTotal(10);
    progress.update({ documents: 5, added: 5, unchanged: 0, skipped: 0, words: 100 });
    progress.log('skipped: x.txt: empty');
    progress.stop();
    expect(written()).toBe('corpgraph: skipped: x.txt: empty\n');
  });

  it('draws documents, the total and an ETA on a terminal', async () => {
    const { ctx, written } = context(true);
    const progress = createProgress(ctx, false);
    progress.setTotal(10);
    progress.update({ documents: 1, added: 1, unchanged: 0, skipped: 0, words: 200 });
    await new Promise((r) => setTimeout(r, 150));
    progress.update({ documents: 5, added: 5, unchanged: 0, skipped: 1, words: 1000 });
    progress.stop();
    expect(written()).toMatch(/5\/10 docs \| \d+ words\/s \| ETA \d+ s \| 1 skipped/);
  });
});
