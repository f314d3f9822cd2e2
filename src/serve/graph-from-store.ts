// Read the whole corporate graph back out of a store (for `corpgraph serve --db DIR` without graph.json).
import { edgeKey } from '../graph/build.js';
import { createGraph } from '../graph/create.js';
import type { GraphStore } from '../store/types.js';
import {
  type CorpGraph,
  type DocumentInfo,
  type Evidence,
  NODE_LABELS,
  RELATION_TYPES,
  type RelationStatus,
} from '../types.js';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Rebuild a CorpGraph from the store's tables (entities, documents, fact relationships).
 * Evidence comes back without sentence offsets (the store keeps sentences, documents and rules only).
 */
export async function readGraphFromStore(store: GraphStore): Promise<CorpGraph> {
  const graph = createGraph();
  const documents: DocumentInfo[] = [];
  const docs = await store.query(
    'MATCH (d:Document) RETURN d.id AS id, d.uri AS uri, d.title AS title, d.url AS url, d.published AS published ORDER BY id',
  );
  for (const row of docs.rows) {
    const id = text(row.id);
    if (!id) continue;
    const info: DocumentInfo = { id };
    for (const field of ['uri', 'title', 'url', 'published'] as const) {
      const value = text(row[field]);
      if (value !== undefined) info[field] = value;
    }
    documents.push(info);
  }
  graph.setAttribute('documents', documents);
  for (const label of NODE_LABELS) {
    const result = await store.query(
      `MATCH (n:${label}) RETURN n.key AS key, n.name AS name, n.aliases AS aliases, n.mentions AS mentions, n.docIds AS docIds ORDER BY key`,
    );
    for (const row of result.rows) {
      const key = text(row.key);
      if (!key || graph.hasNode(key)) continue;
      graph.addNode(key, {
        label,
        name: text(row.name) ?? key,
        aliases: texts(row.aliases),
        mentions: typeof row.mentions === 'number' ? row.mentions : 0,
        docIds: texts(row.docIds),
      });
    }
  }
  for (const type of RELATION_TYPES) {
    const result = await store.query(
      `MATCH (a)-[r:${type}]->(b) RETURN a.key AS source, b.key AS target, r.key AS key, r.status AS status, r.title AS title, r.date AS date, r.confidence AS confidence, r.docIds AS docIds, r.sentences AS sentences, r.rules AS rules ORDER BY key`,
    );
    for (const row of result.rows) {
      const source = text(row.source);
      const target = text(row.target);
      if (!source || !target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
      const status = (text(row.status) ?? 'current') as RelationStatus;
      const key = text(row.key) ?? edgeKey(source, type, status, target);
      if (graph.hasEdge(key)) continue;
      const confidence = typeof row.confidence === 'number' ? row.confidence : 0;
      const docIds = texts(row.docIds);
      const sentences = texts(row.sentences);
      const rules = texts(row.rules);
      const evidence: Evidence[] = sentences.map((sentence, i) => ({
        docId: docIds[i] ?? '',
        sentence,
        start: 0,
        end: 0,
        rule: rules[i] ?? '',
        confidence,
      }));
      const title = text(row.title);
      const date = text(row.date);
      graph.addDirectedEdgeWithKey(key, source, target, {
        type,
        status,
        confidence,
        evidence,
        ...(title === undefined ? {} : { title }),
        ...(date === undefined ? {} : { date }),
      });
    }
  }
  return graph;
}
