// The embedded LadybugDB store: COPY and MERGE loads, round trips, read-only, locks and errors.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCorpgraphError } from '../../src/errors.js';
import { openEmbeddedStore, writeEmbeddedStore } from '../../src/store/embedded.js';
import type { GraphStore } from '../../src/store/types.js';
import { buildFixtureGraph, HOSTILE_NAME, MOU_SENTENCE } from './fixture-graph.js';
import { readStoreAsGraphSnapshot, snapshotGraph } from './snapshot.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpgraph-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function withStore<T>(fn: (store: GraphStore) => Promise<T>, readOnly = true): Promise<T> {
  const store = await openEmbeddedStore(join(dir, 'db'), { readOnly });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

describe('writeEmbeddedStore', () => {
  it('replace (COPY FROM) stores exactly the graph, hostile names intact', async () => {
    const graph = buildFixtureGraph();
    const summary = await writeEmbeddedStore(graph, join(dir, 'db'));
    expect(summary.nodes).toBe(graph.order + graph.getAttribute('documents').length);
    const snapshot = await withStore(readStoreAsGraphSnapshot);
    expect(snapshot).toEqual(snapshotGraph(graph));
    const result = await withStore((s) =>
      s.query('MATCH (o:Organization {key: $key}) RETURN o.name AS name, o.aliases AS aliases', {
        key: 'org:evil',
      }),
    );
    expect(result.rows).toEqual([{ name: HOSTILE_NAME, aliases: [HOSTILE_NAME, '`MATCH`'] }]);
  });

  it('upsert (MERGE) gives the same database, and running it twice changes nothing', async () => {
    const graph = buildFixtureGraph();
    const db = join(dir, 'db');
    await writeEmbeddedStore(graph, db, { mode: 'upsert' });
    await writeEmbeddedStore(graph, db, { mode: 'upsert' });
    await writeEmbeddedStore(graph, db, { mode: 'upsert' });
    const snapshot = await withStore(readStoreAsGraphSnapshot);
    expect(snapshot).toEqual(snapshotGraph(graph));
  });

  it('upsert adds new facts to an existing database', async () => {
    const graph = buildFixtureGraph();
    const db = join(dir, 'db');
    const smaller = buildFixtureGraph();
    smaller.dropNode('org:initech');
    await writeEmbeddedStore(smaller, db);
    await writeEmbeddedStore(graph, db, { mode: 'upsert' });
    expect(await withStore(readStoreAsGraphSnapshot)).toEqual(snapshotGraph(graph));
  });

  it('returns nodes, relationships and paths in the plain shape', async () => {
    await writeEmbeddedStore(buildFixtureGraph(), join(dir, 'db'));
    const result = await withStore((s) =>
      s.query('MATCH p = (a:Organization {key: $key})-[r:SIGNED_MOU_WITH]->(b) RETURN a, r, p', {
        key: 'org:ascend-elements',
      }),
    );
    expect(result.columns).toEqual(['a', 'r', 'p']);
    const row = result.rows[0] as {
      a: { labels: string[]; properties: Record<string, unknown> };
      r: { type: string; properties: Record<string, unknown> };
      p: { nodes: unknown[]; relationships: unknown[] };
    };
    expect(row.a.labels).toEqual(['Organization']);
    expect(row.a.properties.name).toBe('Ascend Elements');
    expect(row.r.type).toBe('SIGNED_MOU_WITH');
    expect(row.r.properties.sentences).toEqual([MOU_SENTENCE]);
    expect(row.p.nodes).toHaveLength(2);
    expect(row.p.relationships).toHaveLength(1);
  });
});

describe('openEmbeddedStore', () => {
  it('says how to build a database when there is none', async () => {
    await expect(openEmbeddedStore(join(dir, 'nothing'))).rejects.toSatisfy(
      (e) => isCorpgraphError(e, 'E_DB_NOT_FOUND') && /corpgraph build/.test((e as Error).message),
    );
  });

  it('refuses writes when opened read-only, with the engine message', async () => {
    await writeEmbeddedStore(buildFixtureGraph(), join(dir, 'db'));
    await expect(withStore((s) => s.query("CREATE (:Place {key: 'place:x', name: 'X'})"))).rejects.toSatisfy(
      (e) => isCorpgraphError(e, 'E_QUERY'),
    );
  });

  it('a malformed query gives the engine message with its position', async () => {
    await writeEmbeddedStore(buildFixtureGraph(), join(dir, 'db'));
    const error = await withStore((s) => s.query('MATCH (a:Organization RETURN a')).catch((e: unknown) => e);
    expect(isCorpgraphError(error, 'E_QUERY')).toBe(true);
    expect((error as Error).message).toMatch(/line: 1, offset: 22/);
  });
});

describe('write lock', () => {
  it('a second writer fails fast naming the PID that holds the lock', async () => {
    const db = join(dir, 'db');
    await writeEmbeddedStore(buildFixtureGraph(), db);
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await writeFile(join(db, 'write.lock'), `${holder.pid}\n`);
      const error = await writeEmbeddedStore(buildFixtureGraph(), db).catch((e: unknown) => e);
      expect(isCorpgraphError(error, 'E_DB_LOCKED')).toBe(true);
      expect((error as Error).message).toContain(`database is locked by PID ${holder.pid}`);
    } finally {
      holder.kill();
    }
  });

  it('a writable store holds the lock until closed; read-only stores take none', async () => {
    const db = join(dir, 'db');
    await writeEmbeddedStore(buildFixtureGraph(), db);
    const reader = await openEmbeddedStore(db, { readOnly: true });
    expect(existsSync(join(db, 'write.lock'))).toBe(false);
    await reader.close();
    const writer = await openEmbeddedStore(db);
    try {
      expect(readFileSync(join(db, 'write.lock'), 'utf8').trim()).toBe(String(process.pid));
    } finally {
      await writer.close();
    }
    expect(existsSync(join(db, 'write.lock'))).toBe(false);
  });

  it('takes over a lock left by a dead process', async () => {
    const db = join(dir, 'db');
    await writeEmbeddedStore(buildFixtureGraph(), db);
    await writeFile(join(db, 'write.lock'), '999999999\n');
    await expect(writeEmbeddedStore(buildFixtureGraph(), db)).resolves.toMatchObject({
      relationships: expect.any(Number),
    });
  });
});

describe('bulk load (COPY FROM)', () => {
  it('a graph large enough for COPY loads exactly, with whole and fractional confidences', async () => {
    const { buildSyntheticGraph } = await import('./synthetic-graph.js');
    const graph = buildSyntheticGraph(3000);
    const summary = await writeEmbeddedStore(graph, join(dir, 'db'));
    expect(summary.relationships).toBeGreaterThan(graph.size);
    expect(await withStore(readStoreAsGraphSnapshot)).toEqual(snapshotGraph(graph));
  });
});

describe('writes from one process', () => {
  it('queue instead of failing, and end with the last graph', async () => {
    const db = join(dir, 'db');
    const full = buildFixtureGraph();
    const smaller = buildFixtureGraph();
    smaller.dropNode('org:initech');
    const results = await Promise.all([
      writeEmbeddedStore(smaller, db),
      writeEmbeddedStore(full, db, { mode: 'upsert' }),
      writeEmbeddedStore(full, db),
    ]);
    expect(results).toHaveLength(3);
    expect(await withStore(readStoreAsGraphSnapshot)).toEqual(snapshotGraph(full));
  });
});
