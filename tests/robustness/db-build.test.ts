// The embedded database under the bad-input corpus: hostile names stored exactly, re-runs change nothing, one writer at a time.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/store/embedded.js';
import { generateCorpus, HOSTILE_ORG_NAMES } from './generate-corpus.js';
import { writeArticles } from './inputs.js';
import { CLI_BUILT, crashed, runCli, startCli, waitFor } from './run-cli.js';

const HOOK = join(import.meta.dirname, 'fixtures', 'pause-hook.mjs');

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!CLI_BUILT)('corpgraph build --db over the bad-input corpus', () => {
  let work: string;
  // Why: quote, double quote, backslash and space in the database path: it reaches a COPY statement.
  let db: string;
  let out: string;
  // Articles enough for the COPY path (≥ 500 rows per table), beside the light corpus.
  const ARGS = ['corpus', 'many'];

  /** Everything the database holds that a build writes, as one JSON string (read in this process). */
  async function dump(): Promise<string> {
    const queries = [
      'MATCH (d:Document) RETURN d.id AS id, d.uri AS uri, d.title AS title ORDER BY id',
      'MATCH (n:Organization) RETURN n.key AS key, n.name AS name, n.mentions AS mentions ORDER BY key',
      'MATCH (a)-[r]->(b) RETURN a.key AS src, label(r) AS t, b.key AS dst, r.docIds AS docs ORDER BY src, t, dst',
    ];
    const store = await openEmbeddedStore(db, { readOnly: true });
    try {
      const parts: string[] = [];
      for (const query of queries) parts.push(JSON.stringify((await store.query(query)).rows));
      return parts.join('\n');
    } finally {
      await store.close();
    }
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'corpgraph-db-'));
    dirs.push(work);
    await generateCorpus(work, { seed: 7 });
    writeArticles(join(work, 'many'), 600);
    db = join(work, `it's a "db" \\ dir`);
    out = join(work, 'graph.json');
  }, 60_000);

  let first: string;
  let graphBytes: Buffer;

  it('builds graph.json and the database: exit 2, every document and hostile title stored exactly', async () => {
    const run = await runCli(['build', ...ARGS, '--db', db, '--out', out, '--quiet'], { cwd: work });
    expect(crashed(run), run.stderr).toBe(false);
    expect(run.code, run.stderr).toBe(2);
    graphBytes = readFileSync(out);
    const graph = JSON.parse(graphBytes.toString('utf8'));
    first = await dump();
    // The first query's rows: the documents.
    const stored = JSON.parse(first.split('\n')[0] as string) as {
      id: string;
      uri: string;
      title: string | null;
    }[];
    expect(stored.map((d) => d.id).sort()).toEqual(
      graph.attributes.documents.map((d: { id: string }) => d.id).sort(),
    );
    const titles = new Map(stored.map((d) => [d.uri, d.title]));
    HOSTILE_ORG_NAMES.forEach((name, i) => {
      expect(titles.get(`corpus/collections/hostile.jsonl#${i + 1}`)).toBe(name);
    });
  }, 180_000);

  it('re-running over the same inputs leaves graph.json byte-identical and the database unchanged', async () => {
    // …even after a writer was killed holding the lock: a lock whose PID is dead is taken over.
    writeFileSync(join(db, 'write.lock'), '999999\n');
    const run = await runCli(['build', ...ARGS, '--db', db, '--out', out, '--quiet'], { cwd: work });
    expect(run.code, run.stderr).toBe(2);
    expect(existsSync(join(db, 'write.lock'))).toBe(false);
    expect(readFileSync(out).equals(graphBytes)).toBe(true);
    expect(await dump()).toBe(first);
  }, 180_000);

  it('a second build on the same --db while one is writing fails with "database is locked by PID …"', async () => {
    const signal = join(work, 'holding');
    const gate = join(work, 'release');
    // The holder re-runs the same build (so the database must come out unchanged), held at its lock release.
    const holder = startCli(['build', ...ARGS, '--db', db, '--out', out, '--quiet'], {
      cwd: work,
      nodeArgs: ['--import', HOOK],
      env: { CORPGRAPH_TEST_PAUSE: 'lock-release', CORPGRAPH_TEST_SIGNAL: signal, CORPGRAPH_TEST_GATE: gate },
    });
    try {
      expect(await waitFor(() => existsSync(signal), 120_000), holder.stderr()).toBe(true);
      const second = await runCli(['build', 'corpus/valid', '--db', db, '--out', join(work, 'second.json')], {
        cwd: work,
      });
      expect(crashed(second), second.stderr).toBe(false);
      expect(second.code).toBe(1);
      const lines = second.stderr.trim().split('\n');
      expect(lines.at(-1)).toMatch(new RegExp(`database is locked by PID ${holder.child.pid}\\b`));
      console.log(`second writer refused after ${second.ms} ms: ${lines.at(-1)}`);
    } finally {
      writeFileSync(gate, '');
    }
    const held = await holder.done;
    expect(held.code, held.stderr).toBe(2);
    // The refused writer changed nothing in the database.
    expect(await dump()).toBe(first);
  }, 240_000);

  it('SIGKILL while the database is being rebuilt: the previous database intact, leftovers removed next run', async () => {
    // --fresh rebuilds the database in a temporary file (COPY FROM scratch CSVs) and renames it in.
    const started = startCli(['build', ...ARGS, '--fresh', '--db', db, '--out', out, '--quiet'], {
      cwd: work,
    });
    let exited = false;
    void started.done.then(() => {
      exited = true;
    });
    const temporary = () =>
      readdirSync(db).filter((name) => /^\.(graph\.lbdb\.\d+\.tmp|copy\.\d+)/.test(name));
    expect(await waitFor(() => exited || temporary().length > 0, 120_000)).toBe(true);
    started.child.kill('SIGKILL');
    const run = await started.done;
    expect(run.signal, `killed while writing the database\n${run.stderr}`).toBe('SIGKILL');
    expect(temporary().length).toBeGreaterThan(0);
    // The database in place is the previous one, whole.
    expect(await dump()).toBe(first);
    const again = await runCli(['build', ...ARGS, '--db', db, '--out', out, '--quiet'], { cwd: work });
    expect(again.code, again.stderr).toBe(2);
    expect(temporary()).toEqual([]);
    expect(existsSync(join(db, 'write.lock'))).toBe(false);
    expect(await dump()).toBe(first);
  }, 240_000);

  it('the second writer fails before ingesting anything', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    try {
      const db = join(work, 'locked-db');
      mkdirSync(db, { recursive: true });
      writeFileSync(join(db, 'write.lock'), `${holder.pid}\n`);
      const out = join(work, 'locked-graph.json');
      const run = await runCli(['build', ...ARGS, '--db', db, '--out', out], { cwd: work });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain(`database is locked by PID ${holder.pid}`);
      // Failed before the pipeline: nothing ingested, no graph written, no summary line.
      expect(existsSync(out)).toBe(false);
      expect(run.stderr).not.toMatch(/documents \(/);
      expect(readFileSync(join(db, 'write.lock'), 'utf8').trim()).toBe(String(holder.pid));
    } finally {
      holder.kill();
    }
  }, 60_000);
});
