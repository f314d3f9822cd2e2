// The explorer server over HTTP: the page, the scripts, read-only queries on a real embedded database,
// no path traversal, no foreign Host headers; and the graph read back out of the store.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphFromStore } from '../../src/serve/graph-from-store.js';
import { type ExplorerServer, startExplorerServer } from '../../src/serve/server.js';
import { openEmbeddedStore, writeEmbeddedStore } from '../../src/store/embedded.js';
import type { GraphStore } from '../../src/store/types.js';
import { MOU_SENTENCE, seedLikeGraph } from '../render/fixtures.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path sent exactly as given (no URL normalisation), like a hostile client. */
function raw(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function postQuery(base: string, cypher: string, params: Record<string, unknown> = {}): Promise<RawResponse> {
  return raw(base, '/api/query', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ cypher, params }),
  });
}

describe('explorer server', () => {
  let dir: string;
  let store: GraphStore;
  let server: ExplorerServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corpgraph-serve-'));
    await writeEmbeddedStore(seedLikeGraph(), join(dir, 'db'));
    store = await openEmbeddedStore(join(dir, 'db'), { readOnly: true });
    server = await startExplorerServer({ graph: seedLikeGraph(), store, port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('binds 127.0.0.1 by default and serves the explorer page in serve mode', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await raw(server.url, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body.includes("connect-src 'self'")).toBe(true);
    expect(page.body.includes('"mode":"serve"')).toBe(true);
  });

  it('lists the queries/ scripts with their text and default parameters (no Neo4j twins)', async () => {
    const response = await raw(server.url, '/api/queries');
    const body = JSON.parse(response.body) as {
      queries: { name: string; cypher: string; params: Record<string, unknown> }[];
    };
    const names = body.queries.map((q) => q.name);
    expect(names).toContain('mou-partners');
    expect(names.some((n) => n.endsWith('.neo4j'))).toBe(false);
    const mou = body.queries.find((q) => q.name === 'mou-partners');
    expect(mou?.cypher).toContain('SIGNED_MOU_WITH');
    expect(mou?.params).toEqual({ org: '' });
  });

  it('runs a read-only script and returns rows', async () => {
    const list = JSON.parse((await raw(server.url, '/api/queries')).body) as {
      queries: { name: string; cypher: string; params: Record<string, unknown> }[];
    };
    const mou = list.queries.find((q) => q.name === 'mou-partners')!;
    const response = await postQuery(server.url, mou.cypher, mou.params);
    expect(response.status).toBe(200);
    const result = JSON.parse(response.body) as { columns: string[]; rows: Record<string, unknown>[] };
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.organization).toBe('Ascend Elements');
    expect(result.rows[0]?.partner).toBe('GEM Co.');
    expect(result.rows[0]?.evidence).toEqual([MOU_SENTENCE]);
  });

  it('refuses writing statements with 403 and leaves the database unchanged', async () => {
    const count = async () =>
      JSON.parse((await postQuery(server.url, 'MATCH (o:Organization) RETURN count(o) AS n')).body).rows[0].n;
    const before = await count();
    for (const cypher of [
      "CREATE (:Organization {key: 'org:evil', name: 'Evil'})",
      "MATCH (o:Organization) SET o.name = 'x'",
      'MATCH (o:Organization) DETACH DELETE o',
      "merge (:Organization {key: 'org:evil'})",
    ]) {
      const response = await postQuery(server.url, cypher);
      expect(response.status).toBe(403);
      expect(JSON.parse(response.body).error).toMatch(/read-only/);
    }
    expect(await count()).toBe(before);
  });

  it('reports query errors as 400 with the engine message', async () => {
    const response = await postQuery(server.url, 'MATCH (n:NoSuchLabel RETURN n');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error).toBeTruthy();
  });

  it('serves nothing but its own routes: no path traversal', async () => {
    for (const path of [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '//etc/passwd',
      '/api/../../package.json',
      '/package.json',
      '/src/serve/server.ts',
      '/index.html/..',
      '/explorer.bundle.js',
    ]) {
      const response = await raw(server.url, path);
      expect(response.status, path).toBe(404);
      expect(response.body).toBe('Not found\n');
    }
  });

  it('rejects foreign Host headers (DNS rebinding), wrong methods and non-JSON posts', async () => {
    expect((await raw(server.url, '/', { headers: { host: 'evil.example:7474' } })).status).toBe(403);
    expect((await raw(server.url, '/api/query')).status).toBe(405);
    const form = await raw(server.url, '/api/query', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"cypher":"MATCH (n) RETURN n"}',
    });
    expect(form.status).toBe(415);
  });

  it('reads the same graph back out of the store', async () => {
    const original = seedLikeGraph();
    const graph = await readGraphFromStore(store);
    expect(graph.nodes().sort()).toEqual(original.nodes().sort());
    expect(graph.edges().sort()).toEqual(original.edges().sort());
    const mou = graph.getEdgeAttributes('org:ascend-elements|SIGNED_MOU_WITH|current|org:gem-co');
    expect(mou.evidence[0]?.sentence).toBe(MOU_SENTENCE);
    expect(graph.getAttribute('documents').map((d) => d.id)).toEqual(['doc-a', 'doc-x']);
  });
});

describe('explorer server without a database', () => {
  it('serves the picture and answers queries with 503', async () => {
    const server = await startExplorerServer({ graph: seedLikeGraph(), port: 0 });
    try {
      expect(JSON.parse((await raw(server.url, '/api/queries')).body)).toEqual({
        queries: [],
        database: false,
      });
      expect((await postQuery(server.url, 'MATCH (n) RETURN n')).status).toBe(503);
      expect((await postQuery(server.url, 'CREATE (n)')).status).toBe(403);
    } finally {
      await server.close();
    }
  });
});
