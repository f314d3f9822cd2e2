// The graph stores, re-exported: embedded LadybugDB, Neo4j, and the shared schema and result types.
export {
  DEFAULT_DB_DIR,
  embeddedDbFile,
  openEmbeddedStore,
  writeEmbeddedStore,
} from './embedded.js';
export {
  DEFAULT_NEO4J_OPTIONS,
  loadNeo4j,
  type Neo4jOptions,
  neo4jLoadStatements,
  openNeo4jStore,
} from './neo4j.js';
export {
  DOCUMENT_LABEL,
  ENTITY_PROPERTIES,
  ladybugSchemaStatements,
  MENTIONS_TYPE,
  neo4jConstraintStatements,
  RELATION_PROPERTIES,
  schemaVocabulary,
} from './schema.js';
export type { GraphStore, QueryResultTable, StoreWriteSummary } from './types.js';
