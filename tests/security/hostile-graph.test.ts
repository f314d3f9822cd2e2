// A doctored graph.json (label or type carrying Cypher) is refused by `load` and `export --format cypher`, end to end.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/create.js';
import { serializeGraph } from '../../src/graph/io.js';
import { CLI_BUILT, runCli } from '../robustness/run-cli.js';

const INJECTED_LABEL = 'Organization {key: row.key}) DETACH DELETE n WITH 1 AS x MERGE (z:Organization';
const INJECTED_TYPE = 'ACQUIRED]->(b) DETACH DELETE a WITH 1 AS x MATCH (a)-[r:ACQUIRED';

function graphJson(mutate: (data: ReturnType<typeof serializeGraph>) => void): string {
  const g = createGraph();
  g.addNode('org:a', { label: 'Organization', name: "O'Brien", aliases: [], mentions: 1, docIds: ['d1'] });
  g.addNode('org:b', { label: 'Organization', name: 'B', aliases: [], mentions: 1, docIds: ['d1'] });
  g.addEdgeWithKey('e1', 'org:a', 'org:b', {
    type: 'ACQUIRED',
    status: 'current',
    confidence: 0.9,
    evidence: [
      { docId: 'd1', sentence: "O'Brien acquired B.", start: 0, end: 19, rule: 'r', confidence: 0.9 },
    ],
  });
  g.setAttribute('documents', [{ id: 'd1' }]);
  const data = serializeGraph(g);
  mutate(data);
  return JSON.stringify(data);
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!CLI_BUILT)('a hostile graph.json never reaches Cypher', () => {
  let work: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'corpgraph-hostile-graph-'));
    dirs.push(work);
    writeFileSync(
      join(work, 'good.json'),
      graphJson(() => undefined),
    );
    writeFileSync(
      join(work, 'bad-label.json'),
      graphJson((data) => {
        const node = data.nodes[0];
        if (node?.attributes) node.attributes.label = INJECTED_LABEL as 'Organization';
      }),
    );
    writeFileSync(
      join(work, 'bad-type.json'),
      graphJson((data) => {
        const edge = data.edges[0];
        if (edge?.attributes) edge.attributes.type = INJECTED_TYPE as 'ACQUIRED';
      }),
    );
  });

  for (const file of ['bad-label.json', 'bad-type.json']) {
    it(`${file}: load --db and export --format cypher fail with one line, writing nothing`, async () => {
      const db = join(work, `db-${file}`);
      const load = await runCli(['load', file, '--db', db], { cwd: work });
      expect(load.code).toBe(1);
      expect(load.stderr.trim().split('\n')).toHaveLength(1);
      expect(load.stderr).toMatch(/graphToRowGroups: (node|edge) .* (not one of|not a schema)/);
      expect(existsSync(join(db, 'graph.lbdb'))).toBe(false);
      const out = join(work, `${file}.cypher`);
      const exported = await runCli(['export', file, '--format', 'cypher', '--out', out], { cwd: work });
      expect(exported.code).toBe(1);
      expect(exported.stderr).toMatch(/not one of|not a schema/);
      expect(existsSync(out)).toBe(false);
    }, 60_000);
  }

  it('the same graph with schema names loads (the check is not a blanket refusal)', async () => {
    const load = await runCli(['load', 'good.json', '--db', join(work, 'db-good')], { cwd: work });
    expect(load.code, load.stderr).toBe(0);
    expect(existsSync(join(work, 'db-good', 'graph.lbdb'))).toBe(true);
  }, 60_000);
});
