// The Neo4j path without a server: real driver errors, result mapping on real driver types, and the
// loader's statements executed by the embedded engine and compared with the graph.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCorpgraphError } from '../../src/errors.js';
import { openEmbeddedStore } from '../../src/store/embedded.js';
import { loadNeo4j, neo4jError, neo4jLoadStatements, openNeo4jStore } from '../../src/store/neo4j.js';
import { toNeo4jParams, toPlainNeo4jValue } from '../../src/store/neo4j-values.js';
import { graphToRowGroups } from '../../src/store/rows.js';
import { ladybugSchemaStatements } from '../../src/store/schema.js';
import { upsertStatement } from '../../src/store/statements.js';
import { buildFixtureGraph, HOSTILE_NAME } from './fixture-graph.js';
import { readStoreAsGraphSnapshot, snapshotGraph } from './snapshot.js';

/** A localhost port nothing listens on. */
async function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

describe('driver error path (no server)', () => {
  it('openNeo4jStore: an unreachable server is one clear E_NEO4J line (ServiceUnavailable underneath)', async () => {
    const uri = `bolt://127.0.0.1:${await unusedPort()}`;
    const started = Date.now();
    const error = await openNeo4jStore({ uri, password: 'x' }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(isCorpgraphError(error, 'E_NEO4J')).toBe(true);
    expect((error as Error).message).toContain(`cannot reach Neo4j at ${uri}`);
    expect((error as Error).message).not.toContain('\n');
    expect(((error as Error).cause as { code?: string }).code).toBe('ServiceUnavailable');
  });

  it('loadNeo4j fails the same way before sending anything', async () => {
    const uri = `bolt://127.0.0.1:${await unusedPort()}`;
    await expect(loadNeo4j(buildFixtureGraph(), { uri })).rejects.toSatisfy((e) =>
      isCorpgraphError(e, 'E_NEO4J'),
    );
  });

  it('maps auth and syntax errors to their codes', () => {
    const auth = new neo4j.Neo4jError(
      'The client is unauthorized',
      'Neo.ClientError.Security.Unauthorized',
      'gql',
      'desc',
    );
    expect(neo4jError(auth, 'bolt://h:7687').message).toMatch(/refused the credentials/);
    const syntax = new neo4j.Neo4jError(
      'Invalid input (line 1, column 23)',
      'Neo.ClientError.Statement.SyntaxError',
      'gql',
      'desc',
    );
    const mapped = neo4jError(syntax, 'bolt://h:7687');
    expect(mapped.code).toBe('E_QUERY');
    expect(mapped.message).toContain('line 1, column 23');
  });
});

describe('result mapping on real neo4j-driver values', () => {
  const { Node, Relationship, Path, PathSegment } = neo4j.types;
  const a = new Node(
    neo4j.int(1),
    ['Organization'],
    { key: 'org:a', name: HOSTILE_NAME, mentions: neo4j.int(3) },
    'e1',
  );
  const b = new Node(neo4j.int(2), ['Organization'], { key: 'org:b', name: 'B' }, 'e2');
  const r = new Relationship(neo4j.int(7), neo4j.int(1), neo4j.int(2), 'SIGNED_MOU_WITH', {
    status: 'current',
    count: neo4j.int(2),
    docIds: ['d1', 'd2'],
  });

  it('maps nodes, relationships, paths, integers and temporals to plain JSON', () => {
    expect(toPlainNeo4jValue(a)).toEqual({
      labels: ['Organization'],
      properties: { key: 'org:a', name: HOSTILE_NAME, mentions: 3 },
    });
    expect(toPlainNeo4jValue(r)).toEqual({
      type: 'SIGNED_MOU_WITH',
      properties: { status: 'current', count: 2, docIds: ['d1', 'd2'] },
    });
    const path = new Path(a, b, [new PathSegment(a, r, b)]);
    expect(toPlainNeo4jValue(path)).toEqual({
      nodes: [toPlainNeo4jValue(a), toPlainNeo4jValue(b)],
      relationships: [toPlainNeo4jValue(r)],
    });
    expect(toPlainNeo4jValue(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlainNeo4jValue(new neo4j.types.Date(2024, 3, 2))).toBe('2024-03-02');
    expect(toPlainNeo4jValue({ m: [neo4j.int(1), null] })).toEqual({ m: [1, null] });
  });

  it('sends whole numbers as Integers and fractions as floats', () => {
    const params = toNeo4jParams({ limit: 10, c: 0.5, list: [1, 2], name: 'x' }) as Record<string, unknown>;
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.c).toBe(0.5);
    expect((params.list as unknown[]).every((v) => neo4j.isInt(v))).toBe(true);
    expect(params.name).toBe('x');
  });
});

describe("the loader's statements on the embedded engine", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corpgraph-neo4j-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('running every loader statement with its rows reproduces graph.json', async () => {
    const graph = buildFixtureGraph();
    const { writeEmbeddedStore } = await import('../../src/store/embedded.js');
    // An empty database with the schema (an empty graph loads only the DDL).
    const { createGraph } = await import('../../src/graph/create.js');
    await writeEmbeddedStore(createGraph(), join(dir, 'db'));
    const store = await openEmbeddedStore(join(dir, 'db'));
    try {
      for (const statement of ladybugSchemaStatements()) await store.query(statement);
      const loaderStatements = new Set(neo4jLoadStatements(graph));
      for (const group of graphToRowGroups(graph)) {
        const statement = upsertStatement(group);
        expect(loaderStatements.has(statement)).toBe(true);
        // Why: LadybugDB wants one number type per list; split whole and fractional confidences.
        const rows = group.rows as unknown as Record<string, unknown>[];
        const whole = rows.filter((x) => !('confidence' in x) || Number.isInteger(x.confidence));
        const fractional = rows.filter((x) => 'confidence' in x && !Number.isInteger(x.confidence));
        for (const batch of [whole, fractional])
          if (batch.length > 0) await store.query(statement, { rows: batch });
        // Twice: MERGE makes it idempotent.
        for (const batch of [whole, fractional])
          if (batch.length > 0) await store.query(statement, { rows: batch });
      }
      expect(await readStoreAsGraphSnapshot(store)).toEqual(snapshotGraph(graph));
    } finally {
      await store.close();
    }
  });
});
