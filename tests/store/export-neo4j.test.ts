// `exportCypher` and `exportNeo4jCsv`: linted by Neo4j's parser, run on the embedded engine or read
// back, and compared with the graph.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cypherStringLiteral, exportCypher, groupStatements } from '../../src/export/cypher.js';
import { exportNeo4jCsv, NEO4J_ARRAY_DELIMITER } from '../../src/export/neo4j-csv.js';
import { createGraph } from '../../src/graph/create.js';
import { openEmbeddedStore, writeEmbeddedStore } from '../../src/store/embedded.js';
import { graphToRowGroups } from '../../src/store/rows.js';
import { neo4jConstraintStatements, schemaVocabulary } from '../../src/store/schema.js';
import { buildFixtureGraph, HOSTILE_NAME } from './fixture-graph.js';
import { type GraphSnapshot, readStoreAsGraphSnapshot, snapshotGraph } from './snapshot.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpgraph-export-neo4j-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Split a script into statements: each ends with `;` at the end of a line (literals never hold raw newlines). */
function statementsOf(script: string): string[] {
  return script
    .split(/;\n/)
    .map((s) => s.replace(/^(\/\/[^\n]*\n)+/, '').trim())
    .filter((s) => s.length > 0);
}

describe('exportCypher', () => {
  it('escapes string literals so hostile text cannot end them', () => {
    expect(cypherStringLiteral("it's \\ \n`$x`")).toBe("'it\\'s \\\\ \\n`$x`'");
  });

  it('its statements pass Neo4j’s linter with zero errors (each kind, two literal rows each)', () => {
    const vocabulary = schemaVocabulary();
    expect(statementsOf(exportCypher(buildFixtureGraph())).length).toBeGreaterThan(10);
    // Why: linting takes ~1 s a statement here; one statement per kind carries every literal shape (every
    // label and type variant of the template is linted with $rows in tests/query/scripts.test.ts).
    const groups = graphToRowGroups(buildFixtureGraph());
    const kinds = ['entity', 'document', 'mention', 'relation'] as const;
    const statements = [
      ...neo4jConstraintStatements(),
      ...kinds.map((kind) => {
        const group =
          groups.find((g) => g.kind === kind && g.rows.length >= 2) ?? groups.find((g) => g.kind === kind);
        return group ? (groupStatements(group, 2)[0] ?? '') : '';
      }),
    ];
    for (const statement of statements) {
      const { diagnostics } = lintCypherQuery(statement, {
        ...vocabulary,
        propertyKeys: [...vocabulary.propertyKeys, 'docId', 'source', 'target'],
      });
      expect(
        diagnostics.filter((d) => d.severity === 1).map((d) => d.message),
        statement.slice(0, 120),
      ).toEqual([]);
    }
  });

  it('run on the embedded engine, the script rebuilds the graph exactly (and again changes nothing)', async () => {
    const graph = buildFixtureGraph();
    await writeEmbeddedStore(createGraph(), join(dir, 'db'));
    const store = await openEmbeddedStore(join(dir, 'db'));
    try {
      // Why: LadybugDB types an empty list literal as INT64[]; Neo4j (the script's target) has no such issue.
      const statements = statementsOf(exportCypher(graph))
        .filter((s) => !s.startsWith('CREATE CONSTRAINT'))
        .map((s) => s.replaceAll(': []', ': CAST([] AS STRING[])'));
      for (let pass = 0; pass < 2; pass++) for (const s of statements) await store.query(s);
      expect(await readStoreAsGraphSnapshot(store)).toEqual(snapshotGraph(graph));
    } finally {
      await store.close();
    }
  });
});

describe('exportNeo4jCsv', () => {
  it('writes neo4j-admin CSVs that read back to the graph', async () => {
    const graph = buildFixtureGraph();
    const files = await exportNeo4jCsv(graph, dir);
    expect(files.map((f) => basename(f))).toEqual([
      'nodes-organization.csv',
      'nodes-person.csv',
      'nodes-place.csv',
      'nodes-document.csv',
      'relationships.csv',
      'mentions.csv',
      'import.sh',
    ]);
    const read = async (name: string): Promise<Record<string, string>[]> =>
      parse(await readFile(join(dir, name), 'utf8'), { columns: true, relax_quotes: false }) as Record<
        string,
        string
      >[];
    const list = (cell: string | undefined): string[] => (cell ? cell.split(NEO4J_ARRAY_DELIMITER) : []);
    const orNull = (cell: string | undefined): string | null =>
      cell === undefined || cell === '' ? null : cell;
    const nodes: Record<string, unknown>[] = [];
    for (const name of ['nodes-organization.csv', 'nodes-person.csv', 'nodes-place.csv']) {
      for (const r of await read(name)) {
        nodes.push({
          key: r['key:ID(Entity)'],
          label: r[':LABEL'],
          name: r.name,
          aliases: list(r['aliases:string[]']),
          mentions: Number(r['mentions:long']),
          docIds: list(r['docIds:string[]']),
        });
      }
    }
    const documents = (await read('nodes-document.csv')).map((r) => ({
      id: r['id:ID(Document)'],
      uri: orNull(r.uri),
      title: orNull(r.title),
      url: orNull(r.url),
      published: orNull(r.published),
    }));
    const edges = (await read('relationships.csv')).map((r) => ({
      key: r.key,
      source: r[':START_ID(Entity)'],
      target: r[':END_ID(Entity)'],
      type: r[':TYPE'],
      status: r.status,
      title: orNull(r.title),
      date: orNull(r.date),
      confidence: Number(r['confidence:double']),
      count: Number(r['count:long']),
      docIds: list(r['docIds:string[]']),
      sentences: list(r['sentences:string[]']),
      rules: list(r['rules:string[]']),
    }));
    const mentions = (await read('mentions.csv')).map(
      (r) => `${r[':START_ID(Document)']}>${r[':END_ID(Entity)']}`,
    );
    const byKey = (k: string) => (a: Record<string, unknown>, b: Record<string, unknown>) =>
      String(a[k]) < String(b[k]) ? -1 : 1;
    const snapshot: GraphSnapshot = {
      nodes: nodes.sort(byKey('key')),
      documents: documents.sort(byKey('id')),
      mentions: mentions.sort(),
      edges: edges.sort(byKey('key')),
    };
    expect(snapshot).toEqual(snapshotGraph(graph));
    expect(nodes.find((n) => n.key === 'org:evil')?.name).toBe(HOSTILE_NAME);
    const command = await readFile(join(dir, 'import.sh'), 'utf8');
    expect(command).toContain('neo4j-admin database import full');
    expect(command).toContain('--array-delimiter=U+001F');
    expect(command).toContain('--relationships=mentions.csv');
  });
});
