// The one query interface both graph stores (embedded LadybugDB, Neo4j) implement.

/**
 * A query result as plain JSON: nodes become `{ labels, properties }`, relationships
 * `{ type, properties }`, paths `{ nodes, relationships }`; integers are numbers, dates ISO strings.
 */
export interface QueryResultTable {
  columns: string[];
  rows: Record<string, unknown>[];
}

/** A Cypher-speaking graph store. Always `close()` it (in `finally`). */
export interface GraphStore {
  query(cypher: string, params?: Record<string, unknown>): Promise<QueryResultTable>;
  close(): Promise<void>;
}

/** What a write into a store did. */
export interface StoreWriteSummary {
  /** Entity and Document nodes written. */
  nodes: number;
  /** Relationships written, MENTIONS included. */
  relationships: number;
  ms: number;
}
