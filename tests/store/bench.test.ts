// Store measurements on a synthetic graph (for docs/store.md): runs only with BENCH=1.
//   BENCH=1 BENCH_ORGS=60000 npx vitest run tests/store/bench.test.ts
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEmbeddedStore, writeEmbeddedStore } from '../../src/store/embedded.js';
import { buildSyntheticGraph } from './synthetic-graph.js';

const enabled = process.env.BENCH === '1';
if (!enabled) console.log('tests/store/bench.test.ts skipped: set BENCH=1 to measure');

async function time<T>(fn: () => Promise<T>, runs = 1): Promise<[T, number]> {
  let result: T | undefined;
  const started = performance.now();
  for (let i = 0; i < runs; i++) result = await fn();
  return [result as T, (performance.now() - started) / runs];
}

describe.skipIf(!enabled)('embedded store figures', () => {
  it('measures load and query times', async () => {
    const orgs = Number(process.env.BENCH_ORGS ?? 60000);
    const dir = await mkdtemp(join(tmpdir(), 'corpgraph-bench-'));
    try {
      const graph = buildSyntheticGraph(orgs, 5);
      const figures: Record<string, string> = {
        nodes: String(graph.order),
        relationships: String(graph.size),
      };
      const [summary] = await time(() => writeEmbeddedStore(graph, join(dir, 'db')));
      figures.replaceCopyMs = String(summary.ms);
      figures.writtenRelationshipsInclMentions = String(summary.relationships);
      const small = buildSyntheticGraph(Math.round(orgs / 10), 5, 7);
      const [first] = await time(() => writeEmbeddedStore(small, join(dir, 'small')));
      const [upsert] = await time(() => writeEmbeddedStore(small, join(dir, 'small'), { mode: 'upsert' }));
      figures.upsertGraph = `${small.order} nodes / ${small.size} relationships (+${first.relationships - small.size} MENTIONS)`;
      figures.upsertRerunMs = String(upsert.ms);
      figures.upsertRelationshipsPerSecond = String(Math.round(upsert.relationships / (upsert.ms / 1000)));
      const [, openMs] = await time(async () => {
        const s = await openEmbeddedStore(join(dir, 'db'), { readOnly: true });
        await s.query('MATCH (o:Organization {key: $k}) RETURN o.name', { k: 'org:1' });
        await s.close();
      });
      figures.openAndFirstQueryMs = openMs.toFixed(1);
      const store = await openEmbeddedStore(join(dir, 'db'), { readOnly: true });
      try {
        const [hop] = await time(
          () =>
            store.query('MATCH (o:Organization {key: $k})-[r]-(n) RETURN n.key AS key, r.type AS type', {
              k: 'org:42',
            }),
          20,
        );
        const [, hopMs] = await time(
          () =>
            store.query('MATCH (o:Organization {key: $k})-[r]-(n) RETURN n.key AS key, r.type AS type', {
              k: 'org:42',
            }),
          20,
        );
        expect(hop.rows.length).toBeGreaterThan(0);
        figures.oneHopMs = hopMs.toFixed(1);
        const [, varMs] = await time(
          () =>
            store.query(
              'MATCH (o:Organization {key: $k})-[:PARTNERED_WITH|AGREEMENT_WITH*1..3]-(n:Organization) RETURN count(DISTINCT n) AS n',
              { k: 'org:42' },
            ),
          10,
        );
        figures.threeHopsMs = varMs.toFixed(1);
        const [, topMs] = await time(
          () =>
            store.query(
              'MATCH (o:Organization)-[r]-(n) WHERE r.type IS NOT NULL WITH o, count(DISTINCT n) AS d RETURN o.key AS key, d ORDER BY d DESC LIMIT 10',
            ),
          3,
        );
        figures.top10DegreeMs = topMs.toFixed(1);
      } finally {
        await store.close();
      }
      console.log(`FIGURES ${JSON.stringify(figures)}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
