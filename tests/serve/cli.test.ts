// `corpgraph serve` as a process (the built CLI): prints its URL, serves the explorer, stops cleanly on SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGraph } from '../../src/graph/io.js';
import { seedLikeGraph } from '../render/fixtures.js';

const built = existsSync('dist/cli/main.js') && existsSync('dist/render/explorer.bundle.js');
if (!built) console.log('tests/serve/cli.test.ts skipped: run `npm run build` first (dist/ is absent)');

describe.skipIf(!built)('corpgraph serve (process)', () => {
  let dir: string;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corpgraph-serve-cli-'));
    await writeGraph(seedLikeGraph(), join(dir, 'graph.json'));
  });
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the explorer on 127.0.0.1, says the Cypher box is off without a database, stops on SIGTERM', async () => {
    // Why: run in a fresh folder, so no .corpgraph/db of the checkout switches the Cypher box on.
    child = spawn(process.execPath, [resolve('bin/corpgraph.js'), 'serve', 'graph.json', '--port', '0'], {
      cwd: dir,
    });
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      child?.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /corpgraph explorer: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
      child?.on('exit', (code) => reject(new Error(`serve exited early (${code}): ${stderr}`)));
    });
    expect(stdout).toContain('(8 entities, 7 links; Ctrl-C stops)');
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('"mode":"serve"');
    const refused = await fetch(`${url}api/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cypher: 'CREATE (n)' }),
    });
    expect(refused.status).toBe(403);
    expect(stderr).toContain('no database (--db); the Cypher box is off');
    const exited = new Promise<number | null>((resolve) => child?.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
