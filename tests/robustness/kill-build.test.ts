// Nothing lost: a build killed (SIGKILL) mid-way or mid-write leaves the previous graph.json intact; re-runs are byte-identical.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticles } from './inputs.js';
import { CLI_BUILT, crashed, runCli, startCli, waitFor } from './run-cli.js';

const HOOK = join(import.meta.dirname, 'fixtures', 'pause-hook.mjs');

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function documentCount(file: string): number {
  return JSON.parse(readFileSync(file, 'utf8')).attributes.documents.length;
}

const temps = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe.skipIf(!CLI_BUILT)('a killed build loses nothing', () => {
  let work: string;
  let out: string;
  let before: Buffer;
  // Why: `big` only has to outlast the 1 s before the kill; `mid` is built in full (twice), so small.
  const BIG = 2000;
  const MID = 200;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'corpgraph-kill-'));
    dirs.push(work);
    writeArticles(join(work, 'small'), 5);
    writeArticles(join(work, 'big'), BIG, 1000);
    writeArticles(join(work, 'mid'), MID, 5000);
    out = join(work, 'out', 'graph.json');
    const first = await runCli(['build', 'small', '--no-db', '--quiet', '--out', out], { cwd: work });
    expect(first.code, first.stderr).toBe(0);
    before = readFileSync(out);
  }, 120_000);

  it('SIGKILL during extraction: graph.json byte-identical to before, no temp file left', async () => {
    const started = startCli(['build', 'big', '--no-db', '--quiet', '--out', out], { cwd: work });
    // Why: 2,000 articles take several seconds; 1 s in, the build is reading and extracting.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    started.child.kill('SIGKILL');
    const run = await started.done;
    expect(run.signal, 'the build was still running when killed').toBe('SIGKILL');
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(temps(join(work, 'out'))).toEqual([]);
  }, 60_000);

  it('SIGKILL in the middle of writing graph.json: the previous file intact, the next run unharmed', async () => {
    const signal = join(work, 'paused');
    const started = startCli(['build', 'mid', '--no-db', '--quiet', '--out', out], {
      cwd: work,
      nodeArgs: ['--import', HOOK],
      env: {
        CORPGRAPH_TEST_PAUSE: 'atomic-write',
        CORPGRAPH_TEST_PAUSE_TARGET: 'graph.json',
        CORPGRAPH_TEST_SIGNAL: signal,
      },
    });
    const reached = await waitFor(() => existsSync(signal), 90_000);
    started.child.kill('SIGKILL');
    const run = await started.done;
    expect(reached, `the build reached the graph write\n${run.stderr}`).toBe(true);
    expect(run.signal).toBe('SIGKILL');
    // The torn temp file exists (so the kill really came mid-write) and is not valid JSON…
    const torn = temps(join(work, 'out'));
    expect(torn).toHaveLength(1);
    expect(() => JSON.parse(readFileSync(join(work, 'out', torn[0] as string), 'utf8'))).toThrow();
    // …while graph.json is exactly what the previous build wrote.
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(documentCount(out)).toBe(5);

    // The next run is not disturbed by the leftover and completes the work.
    const again = await runCli(['build', 'mid', '--no-db', '--quiet', '--out', out], { cwd: work });
    expect(crashed(again), again.stderr).toBe(false);
    expect(again.code, again.stderr).toBe(0);
    expect(documentCount(out)).toBe(5 + MID);
    expect(temps(join(work, 'out')), 'stale temp files of dead builds are removed').toEqual([]);
  }, 180_000);

  it('re-running over the same inputs yields a byte-identical graph.json', async () => {
    const once = readFileSync(out);
    const again = await runCli(['build', 'mid', '--no-db', '--quiet', '--out', out], { cwd: work });
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(out).equals(once)).toBe(true);
    // From scratch, twice, with different thread counts: the same bytes.
    const a = join(work, 'a.json');
    const b = join(work, 'b.json');
    const runA = await runCli(['build', 'small', '--no-db', '--quiet', '--fresh', '--out', a], { cwd: work });
    const runB = await runCli(
      ['build', 'small', '--no-db', '--quiet', '--fresh', '--workers', '1', '--out', b],
      {
        cwd: work,
      },
    );
    expect([runA.code, runB.code]).toEqual([0, 0]);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(readFileSync(a).equals(before)).toBe(true);
  }, 120_000);
});
