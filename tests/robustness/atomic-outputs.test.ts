// Every output (exports, the HTML explorer) is written atomically: killed mid-write, the previous file stays whole.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticles } from './inputs.js';
import { CLI_BUILT, ROOT, runCli, startCli } from './run-cli.js';

const HOOK = join(import.meta.dirname, 'fixtures', 'pause-hook.mjs');

/** Direct file writes src/ may make, each not an output a reader could see torn. */
const DIRECT_WRITES: Readonly<Record<string, string>> = {
  // Scratch CSV for COPY FROM, inside the database directory, removed after the load.
  'src/store/csv-copy.ts': 'scratch CSV',
  // The lock file, created exclusively ('wx') and holding only a PID.
  'src/store/lock.ts': 'lock file',
  'src/util/atomic-write.ts': 'the atomic writer itself',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('outputs are written atomically', () => {
  it('src/ writes files only through writeFileAtomic (besides scratch and lock files)', () => {
    const direct = /\b(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream)\s*\(/;
    const offenders = sourceFiles(join(ROOT, 'src'))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((file) => !(file in DIRECT_WRITES))
      .filter((file) => direct.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
    expect(direct.test('await writeFile(out, text)')).toBe(true);
  });

  describe.skipIf(!CLI_BUILT)('killed in the middle of writing', () => {
    let work: string;
    let graph: string;

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'corpgraph-outputs-'));
      dirs.push(work);
      writeArticles(join(work, 'articles'), 30);
      graph = join(work, 'graph.json');
      const run = await runCli(['build', 'articles', '--no-db', '--quiet', '--out', graph], { cwd: work });
      expect(run.code, run.stderr).toBe(0);
    }, 120_000);

    for (const [name, args] of [
      ['page.html', ['viz', 'graph.json', '--out', 'page.html']],
      ['graph.graphml', ['export', 'graph.json', '--format', 'graphml', '--out', 'graph.graphml']],
      ['graph.cypher', ['export', 'graph.json', '--format', 'cypher', '--out', 'graph.cypher']],
    ] as const) {
      it(`${args[0]} → ${name}: the previous file intact, the next run completes it`, async () => {
        const first = await runCli(args, { cwd: work });
        expect(first.code, first.stderr).toBe(0);
        const before = readFileSync(join(work, name));
        // A different graph (fewer articles), so the new output would differ from the old one.
        const smaller = join(work, 'smaller.json');
        await runCli(['build', 'articles/00000.txt', '--no-db', '--quiet', '--out', smaller], { cwd: work });
        const swapped = args.map((a) => (a === 'graph.json' ? 'smaller.json' : a));
        const signal = join(work, `paused-${name}`);
        const started = startCli(swapped, {
          cwd: work,
          nodeArgs: ['--import', HOOK],
          env: {
            CORPGRAPH_TEST_PAUSE: 'atomic-write',
            CORPGRAPH_TEST_PAUSE_TARGET: name,
            CORPGRAPH_TEST_SIGNAL: signal,
          },
        });
        let exited = false;
        void started.done.then(() => {
          exited = true;
        });
        const until = Date.now() + 60_000;
        while (Date.now() < until && !exited && !readdirSync(work).includes(`paused-${name}`)) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        started.child.kill('SIGKILL');
        const run = await started.done;
        expect(readdirSync(work), run.stderr).toContain(`paused-${name}`);
        expect(run.signal).toBe('SIGKILL');
        expect(readFileSync(join(work, name)).equals(before)).toBe(true);
        const again = await runCli(swapped, { cwd: work });
        expect(again.code, again.stderr).toBe(0);
        expect(readFileSync(join(work, name)).equals(before)).toBe(false);
        expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      }, 120_000);
    }
  });
});
