// The Cypher statements that write a graph: parameterised UNWIND … MERGE, the same text for both engines.
import type { RowGroup } from './rows.js';
import { DOCUMENT_LABEL, MENTIONS_TYPE } from './schema.js';

// Why: labels and types come from the fixed schema (never from data), so they can be part of the text;
// every value travels as a parameter ($rows), never spliced in.

/** The idempotent upsert statement for one row group; run it with `{ rows }`. */
export function upsertStatement(group: RowGroup): string {
  switch (group.kind) {
    case 'entity':
      return (
        `UNWIND $rows AS row MERGE (n:${group.label} {key: row.key}) ` +
        'SET n.name = row.name, n.aliases = row.aliases, n.mentions = row.mentions, n.docIds = row.docIds'
      );
    case 'document':
      return (
        `UNWIND $rows AS row MERGE (d:${DOCUMENT_LABEL} {id: row.id}) ` +
        'SET d.uri = row.uri, d.title = row.title, d.url = row.url, d.published = row.published'
      );
    case 'mention':
      return (
        `UNWIND $rows AS row MATCH (d:${DOCUMENT_LABEL} {id: row.docId}) MATCH (n:${group.to} {key: row.key}) ` +
        `MERGE (d)-[:${MENTIONS_TYPE}]->(n)`
      );
    case 'relation':
      return (
        `UNWIND $rows AS row MATCH (a:${group.from} {key: row.source}) MATCH (b:${group.to} {key: row.target}) ` +
        `MERGE (a)-[r:${group.type} {key: row.key}]->(b) ` +
        'SET r.type = row.type, r.status = row.status, r.title = row.title, r.date = row.date, ' +
        'r.confidence = row.confidence, r.count = row.count, r.docIds = row.docIds, ' +
        'r.sentences = row.sentences, r.rules = row.rules'
      );
  }
}

/** Every distinct upsert statement shape (one per group kind and label/type), for linting and docs. */
export function allUpsertStatements(groups: readonly RowGroup[]): string[] {
  return [...new Set(groups.map(upsertStatement))];
}

/** Integer-valued fields per group kind (Neo4j needs them as integers, not floats). */
export function integerFields(group: RowGroup): string[] {
  if (group.kind === 'entity') return ['mentions'];
  if (group.kind === 'relation') return ['count'];
  return [];
}

/** Float-valued fields per group kind. */
export function floatFields(group: RowGroup): string[] {
  return group.kind === 'relation' ? ['confidence'] : [];
}
