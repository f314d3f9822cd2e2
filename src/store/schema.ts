// The Cypher schema shared by both stores: node tables, relationship tables and their properties.
import { NODE_LABELS, type NodeLabel, RELATION_TYPES, type RelationType } from '../types.js';

/** The node label of article metadata nodes. */
export const DOCUMENT_LABEL = 'Document';
/** Relationship type from a Document to every entity it mentions. */
export const MENTIONS_TYPE = 'MENTIONS';

/** Properties of entity nodes (Organization, Person, Place); `key` is the primary key. */
export const ENTITY_PROPERTIES = ['key', 'name', 'aliases', 'mentions', 'docIds'] as const;
/** Properties of Document nodes; `id` is the primary key. */
export const DOCUMENT_PROPERTIES = ['id', 'uri', 'title', 'url', 'published'] as const;
/**
 * Properties of every fact relationship. `docIds`, `sentences` and `rules` are parallel lists, one
 * entry per piece of evidence; `count` is their length; `key` is the graph edge key.
 */
export const RELATION_PROPERTIES = [
  'key',
  'type',
  'status',
  'title',
  'date',
  'confidence',
  'count',
  'docIds',
  'sentences',
  'rules',
] as const;

const ENTITY_DDL = 'key STRING PRIMARY KEY, name STRING, aliases STRING[], mentions INT64, docIds STRING[]';
const DOCUMENT_DDL = 'id STRING PRIMARY KEY, uri STRING, title STRING, url STRING, published STRING';
const RELATION_DDL =
  'key STRING, type STRING, status STRING, title STRING, date STRING, confidence DOUBLE, count INT64, ' +
  'docIds STRING[], sentences STRING[], rules STRING[]';

/** Every entity label pair, so a relationship table accepts whatever endpoints extraction produced. */
function allEntityPairs(): string {
  const pairs: string[] = [];
  for (const from of NODE_LABELS) for (const to of NODE_LABELS) pairs.push(`FROM ${from} TO ${to}`);
  return pairs.join(', ');
}

/** LadybugDB DDL: one node table per label, one relationship table per type (idempotent). */
export function ladybugSchemaStatements(): string[] {
  const statements: string[] = [];
  for (const label of NODE_LABELS) statements.push(`CREATE NODE TABLE IF NOT EXISTS ${label}(${ENTITY_DDL})`);
  statements.push(`CREATE NODE TABLE IF NOT EXISTS ${DOCUMENT_LABEL}(${DOCUMENT_DDL})`);
  const pairs = allEntityPairs();
  for (const type of RELATION_TYPES)
    statements.push(`CREATE REL TABLE IF NOT EXISTS ${type}(${pairs}, ${RELATION_DDL})`);
  const mentions = NODE_LABELS.map((label) => `FROM ${DOCUMENT_LABEL} TO ${label}`).join(', ');
  statements.push(`CREATE REL TABLE IF NOT EXISTS ${MENTIONS_TYPE}(${mentions})`);
  return statements;
}

/** Neo4j uniqueness constraints on the primary keys (idempotent; also create the indexes MERGE uses). */
export function neo4jConstraintStatements(): string[] {
  const statements = NODE_LABELS.map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`,
  );
  statements.push(
    `CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:${DOCUMENT_LABEL}) REQUIRE n.id IS UNIQUE`,
  );
  return statements;
}

/** All labels, relationship types and property keys, e.g. for Neo4j's linter. */
export function schemaVocabulary(): {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
} {
  return {
    labels: [...NODE_LABELS, DOCUMENT_LABEL],
    relationshipTypes: [...RELATION_TYPES, MENTIONS_TYPE],
    propertyKeys: [
      ...new Set<string>([...ENTITY_PROPERTIES, ...DOCUMENT_PROPERTIES, ...RELATION_PROPERTIES]),
    ],
  };
}

export type { NodeLabel, RelationType };
