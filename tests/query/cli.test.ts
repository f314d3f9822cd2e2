// `corpgraph query` and `corpgraph load` through the CLI entry: outputs, formats, errors and exit codes.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGraph } from '../../src/graph/io.js';
import { runMain } from '../helpers/run-main.js';
import { buildFixtureGraph, HOSTILE_NAME, MOU_SENTENCE } from '../store/fixture-graph.js';

const run = runMain;

let dir: string;
let db: string;
let graphFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpgraph-cli-query-'));
  db = join(dir, 'db');
  graphFile = join(dir, 'graph.json');
  await writeGraph(buildFixtureGraph(), graphFile);
  const loaded = await run(['load', graphFile, '--db', db]);
  expect(loaded.code, loaded.err).toBe(0);
  expect(loaded.out).toMatch(/^loaded 15 nodes and 30 relationships into /);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('corpgraph query', () => {
  it('runs a script by path and prints JSON lines when piped', async () => {
    const { code, out, err } = await run(['query', 'queries/mou-partners.cypher', '--db', db]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const rows = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toEqual([
      expect.objectContaining({
        organization: 'Ascend Elements',
        partner: 'GEM Co.',
        evidence: [MOU_SENTENCE],
      }),
    ]);
  });

  it('prints a table on a terminal and CSV on request', async () => {
    const table = await run(['query', 'mou-partners', '--db', db], true);
    expect(table.out).toMatch(/^organization\s+│ partner/);
    expect(table.out).toContain('(1 row)');
    const csv = await run(['query', 'mou-partners', '--db', db, '--format', 'csv']);
    expect(csv.out.split('\r\n')[0]).toBe('organization,partner,status,confidence,evidence,documents');
  });

  it('passes --param values as parameters (hostile text included)', async () => {
    const { code, out } = await run([
      'query',
      'MATCH (o:Organization) WHERE o.name = $name RETURN o.key AS key',
      '--db',
      db,
      '--param',
      `name=${HOSTILE_NAME}`,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ key: 'org:evil' });
  });

  it('a malformed query: the engine message with its position, exit 1', async () => {
    const { code, err } = await run(['query', 'MATCH (a:Organization RETURN a', '--db', db]);
    expect(code).toBe(1);
    expect(err).toMatch(/^corpgraph: query failed: Parser exception: .*\(line: 1, offset: 22\)/);
  });

  it('a writing statement needs --write', async () => {
    const refused = await run(['query', "CREATE (:Place {key: 'place:new', name: 'New'})", '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('add --write');
    const count = await run(['query', "MATCH (p:Place {key: 'place:new'}) RETURN count(*) AS n", '--db', db]);
    expect(JSON.parse(count.out)).toEqual({ n: 0 });
  });

  it('a missing database says how to build one', async () => {
    const { code, err } = await run(['query', 'MATCH (n) RETURN n', '--db', join(dir, 'none')]);
    expect(code).toBe(1);
    expect(err).toContain('corpgraph build');
  });

  it('--list prints every script with its description', async () => {
    const { code, out } = await run(['query', '--list']);
    expect(code).toBe(0);
    const rows = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.find((r) => r.name === 'mou-partners')?.description).toMatch(/memorandums of understanding/);
  });
});

describe('corpgraph load --neo4j', () => {
  it('an unreachable server is one clear line and exit 1', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const { code, err } = await run(['load', graphFile, '--neo4j', `bolt://127.0.0.1:${port}`]);
    expect(code).toBe(1);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^corpgraph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
  });
});
