// Compare a store with a graph: both reduced to the same plain snapshot of nodes, documents and edges.
import type { GraphStore } from '../../src/store/types.js';
import type { CorpGraph } from '../../src/types.js';

export interface GraphSnapshot {
  nodes: Record<string, unknown>[];
  documents: Record<string, unknown>[];
  mentions: string[];
  edges: Record<string, unknown>[];
}

const sortBy = (k: string) => (a: Record<string, unknown>, b: Record<string, unknown>) =>
  String(a[k]) < String(b[k]) ? -1 : String(a[k]) > String(b[k]) ? 1 : 0;

/** The graph as a snapshot. */
export function snapshotGraph(graph: CorpGraph): GraphSnapshot {
  const nodes = graph.mapNodes((key, a) => ({
    key,
    label: a.label,
    name: a.name,
    aliases: a.aliases,
    mentions: a.mentions,
    docIds: a.docIds,
  }));
  const mentions = graph.reduceNodes<string[]>(
    (acc, key, a) => acc.concat(a.docIds.map((d) => `${d}>${key}`)),
    [],
  );
  const edges = graph.mapEdges((key, a, source, target) => ({
    key,
    source,
    target,
    type: a.type,
    status: a.status,
    title: a.title ?? null,
    date: a.date ?? null,
    confidence: a.confidence,
    count: a.evidence.length,
    docIds: a.evidence.map((e) => e.docId),
    sentences: a.evidence.map((e) => e.sentence),
    rules: a.evidence.map((e) => e.rule),
  }));
  const documents = graph.getAttribute('documents').map((d) => ({
    id: d.id,
    uri: d.uri ?? null,
    title: d.title ?? null,
    url: d.url ?? null,
    published: d.published ?? null,
  }));
  return {
    nodes: nodes.sort(sortBy('key')),
    documents: documents.sort(sortBy('id')),
    mentions: mentions.sort(),
    edges: edges.sort(sortBy('key')),
  };
}

/** Read everything back from a store through Cypher (works on both engines' shared subset). */
export async function readStoreAsGraphSnapshot(store: GraphStore): Promise<GraphSnapshot> {
  const nodes: Record<string, unknown>[] = [];
  for (const label of ['Organization', 'Person', 'Place']) {
    const r = await store.query(
      `MATCH (n:${label}) RETURN n.key AS key, n.name AS name, n.aliases AS aliases, n.mentions AS mentions, n.docIds AS docIds`,
    );
    for (const row of r.rows)
      nodes.push({
        key: row.key,
        label,
        name: row.name,
        aliases: row.aliases,
        mentions: row.mentions,
        docIds: row.docIds,
      });
  }
  const documents = (
    await store.query(
      'MATCH (d:Document) RETURN d.id AS id, d.uri AS uri, d.title AS title, d.url AS url, d.published AS published',
    )
  ).rows;
  const mentions = (
    await store.query('MATCH (d:Document)-[:MENTIONS]->(n) RETURN d.id AS doc, n.key AS key')
  ).rows.map((r) => `${r.doc}>${r.key}`);
  const edges = (
    await store.query(
      'MATCH (a)-[r]->(b) WHERE r.key IS NOT NULL RETURN r.key AS key, a.key AS source, b.key AS target, r.type AS type, ' +
        'r.status AS status, r.title AS title, r.date AS date, r.confidence AS confidence, r.count AS count, ' +
        'r.docIds AS docIds, r.sentences AS sentences, r.rules AS rules',
    )
  ).rows;
  return {
    nodes: nodes.sort(sortBy('key')),
    documents: documents.sort(sortBy('id')),
    mentions: mentions.sort(),
    edges: edges.sort(sortBy('key')),
  };
}
