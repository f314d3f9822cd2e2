// Live Neo4j: load the fixture graph (twice), compare it with graph.json, and run every queries/ script.
// Runs only when NEO4J_URI is set, e.g.
//   docker run --rm -p 7687:7687 -e NEO4J_AUTH=neo4j/testpassword neo4j:5
//   NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=testpassword npx vitest run tests/integration
import { describe, expect, it } from 'vitest';
import { resolveQuery, runQuery } from '../../src/query/run.js';
import { isNeo4jTwin, listQueryScripts } from '../../src/query/scripts.js';
import { loadNeo4j, openNeo4jStore } from '../../src/store/neo4j.js';
import { buildFixtureGraph, DOC_MOU, MOU_SENTENCE } from '../store/fixture-graph.js';
import { readStoreAsGraphSnapshot, snapshotGraph } from '../store/snapshot.js';

const uri = process.env.NEO4J_URI;
if (!uri) {
  console.log(
    'tests/integration/neo4j.test.ts skipped: set NEO4J_URI (and NEO4J_USER/NEO4J_PASSWORD) to run it against a live Neo4j, ' +
      'e.g. `docker run --rm -p 7687:7687 -e NEO4J_AUTH=neo4j/testpassword neo4j:5` then ' +
      '`NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=testpassword npx vitest run tests/integration`',
  );
}

/** Script parameters for the fixture graph (the defaults fit the seed; these make every result non-empty). */
const PARAMS: Record<string, Record<string, unknown>> = {
  'most-connected': { limit: 3 },
  'orgs-by-place': { place: 'Massachusetts' },
  'document-facts': { doc: DOC_MOU },
  'connection-path': { from: 'Jane Roe', to: 'Initech' },
  'connection-path.neo4j': { from: 'Jane Roe', to: 'Initech' },
  'shared-people': { statuses: ['current'] },
};

describe.skipIf(!uri)('live Neo4j', () => {
  it('loads the graph twice, the same graph comes back, and every script returns rows', async () => {
    const graph = buildFixtureGraph();
    const store = await openNeo4jStore();
    try {
      // A clean slate for the fixture's labels (the test database is expected to be disposable).
      await store.query(
        'MATCH (n) WHERE n:Organization OR n:Person OR n:Place OR n:Document DETACH DELETE n',
      );
      await loadNeo4j(graph);
      await loadNeo4j(graph);
      expect(await readStoreAsGraphSnapshot(store)).toEqual(snapshotGraph(graph));
      const mou = await runQuery(store, await resolveQuery('mou-partners', { engine: 'neo4j' }));
      expect(mou.rows[0]).toMatchObject({ organization: 'Ascend Elements', evidence: [MOU_SENTENCE] });
      const scripts = await listQueryScripts();
      const twinned = new Set(
        scripts.filter((s) => isNeo4jTwin(s.file)).map((s) => s.name.replace(/\.neo4j$/, '')),
      );
      for (const script of scripts) {
        if (twinned.has(script.name)) continue; // Neo4j runs its .neo4j.cypher twin instead.
        const q = await resolveQuery(script.file, { engine: 'neo4j', params: PARAMS[script.name] ?? {} });
        const result = await runQuery(store, q);
        expect(result.rows.length, script.name).toBeGreaterThan(0);
      }
    } finally {
      await store.close();
    }
  });
});
