// `corpgraph build --workers N` (compiled CLI): the same graph.json, byte for byte, and the same stderr
// lines in the same order as --workers 1; bad worker counts fail with one line; piped stderr has no bar.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeArticles } from './articles.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = resolve(ROOT, 'bin/corpgraph.js');
const BUILT = existsSync(resolve(ROOT, 'dist/extract/worker.js'));

const dir = mkdtempSync(join(tmpdir(), 'corpgraph-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const inbox = join(dir, 'inbox');
mkdirSync(inbox, { recursive: true });
const articles = makeArticles(24);
articles.forEach((text, i) => {
  writeFileSync(join(inbox, `n${String(i).padStart(2, '0')}.txt`), text);
});
// A repeated article, an empty file and a JSONL collection with one bad record, between the articles.
writeFileSync(join(inbox, 'n05-copy.txt'), articles[5] ?? '');
writeFileSync(join(inbox, 'n10-empty.txt'), '');
writeFileSync(
  join(inbox, 'n12-batch.jsonl'),
  `${JSON.stringify({ id: 'x1', text: articles[1] })}\n{"id":"x2"}\n${JSON.stringify({ id: 'x3', text: `${articles[3]} More.` })}\n`,
);

function build(workers: string, out: string, extra: string[] = []) {
  return spawnSync(
    process.execPath,
    [BIN, 'build', inbox, '--no-db', '--fresh', '--workers', workers, '--out', out, ...extra],
    {
      encoding: 'utf8',
      timeout: 580_000,
      cwd: dir,
    },
  );
}

describe.skipIf(!BUILT)('corpgraph build --workers (needs `npm run build`)', () => {
  // Why: each build starts compromise and the NER model in every worker; slow on a busy machine.
  const SLOW = 600_000;
  let one: ReturnType<typeof build>;
  let two: ReturnType<typeof build>;

  it(
    'writes the same graph.json and the same diagnostics with 1 and 2 workers',
    () => {
      one = build('1', join(dir, 'w1.json'));
      expect(one.status, one.stderr).toBe(2);
      const graph = readFileSync(join(dir, 'w1.json'), 'utf8');
      expect(JSON.parse(graph).edges.length).toBeGreaterThan(10);
      two = build('2', join(dir, 'w2.json'));
      expect(two.status, two.stderr).toBe(2);
      expect(readFileSync(join(dir, 'w2.json'), 'utf8')).toBe(graph);
      const lines = (r: typeof one) => r.stderr.split('\n').filter((l) => !/ in \d+\.\d s /.test(l));
      expect(lines(two)).toEqual(lines(one));
    },
    SLOW,
  );

  it('ends with a summary line: documents, skipped by reason, entities, relations, time', () => {
    const last = two.stderr.trim().split('\n').pop() ?? '';
    expect(last).toMatch(
      /^corpgraph: 27 documents \(25 new, 2 unchanged\), 2 skipped \(1 \S+, 1 \S+\), \d+ entities, \d+ relations in \d+\.\d s \(2 workers\)/,
    );
    expect(one.stderr).toContain('(1 worker)');
    // Piped stderr: no progress bar (no carriage returns or escape codes).
    expect(two.stderr).not.toMatch(/\r|\x1b\[/);
  });

  it(
    '--quiet prints only the skipped inputs',
    () => {
      const r = build('2', join(dir, 'quiet.json'), ['--quiet']);
      expect(r.status).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      for (const l of lines) expect(l).toMatch(/^corpgraph: skipped: /);
    },
    SLOW,
  );

  it('rejects --workers 0 with one line and exit 1', () => {
    const r = build('0', join(dir, 'bad.json'));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--workers/);
  });

  it(
    'a second build with new files extracts only those and gives the graph of one fresh build',
    () => {
      const more = makeArticles(30).slice(24);
      more.forEach((text, i) => {
        writeFileSync(join(inbox, `z${i}.txt`), text);
      });
      const base = join(dir, 'w2.json');
      const again = spawnSync(
        process.execPath,
        [BIN, 'build', inbox, '--no-db', '--workers', '2', '--out', base],
        {
          encoding: 'utf8',
          timeout: 580_000,
          cwd: dir,
        },
      );
      expect(again.status, again.stderr).toBe(2);
      expect(again.stderr).toMatch(/33 documents \(6 new, 27 unchanged\)/);
      build('1', join(dir, 'fresh.json'));
      expect(readFileSync(base, 'utf8')).toBe(readFileSync(join(dir, 'fresh.json'), 'utf8'));
    },
    SLOW,
  );
});
