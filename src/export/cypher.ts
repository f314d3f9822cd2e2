// Export the graph as a Cypher script for cypher-shell: constraints, then batched UNWIND … MERGE with literals.
import { chunk, graphToRowGroups, type RowGroup } from '../store/rows.js';
import { neo4jConstraintStatements } from '../store/schema.js';
import { floatFields, upsertStatement } from '../store/statements.js';
import type { CorpGraph } from '../types.js';

/** Rows per UNWIND statement in the script. */
export const CYPHER_EXPORT_BATCH = 500;

/** A Cypher string literal: backslash escapes for quotes, backslashes and control characters. */
export function cypherStringLiteral(text: string): string {
  let out = "'";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "'") out += "\\'";
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}'`;
}

function literal(value: unknown, float: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherStringLiteral(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    // Why: 1 would be an Integer in Cypher; a float property keeps its type with "1.0".
    return float && Number.isInteger(value) ? value.toFixed(1) : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, float)).join(', ')}]`;
  return cypherStringLiteral(JSON.stringify(value));
}

function rowLiteral(row: Record<string, unknown>, floats: readonly string[]): string {
  const fields = Object.entries(row).map(([k, v]) => `${k}: ${literal(v, floats.includes(k))}`);
  return `{${fields.join(', ')}}`;
}

/** The statements of one row group with `$rows` replaced by literal batches. */
export function groupStatements(group: RowGroup, batchSize = CYPHER_EXPORT_BATCH): string[] {
  const statement = upsertStatement(group);
  const floats = floatFields(group);
  return chunk(group.rows as unknown as Record<string, unknown>[], batchSize).map((batch) =>
    statement.replace('$rows', `[\n  ${batch.map((r) => rowLiteral(r, floats)).join(',\n  ')}\n]`),
  );
}

/**
 * The graph as a Cypher script for `cypher-shell -f graph.cypher`: uniqueness constraints, then the
 * same idempotent `UNWIND … MERGE` statements the loader sends, with the rows written as literals.
 * Running it twice changes nothing.
 */
export function exportCypher(graph: CorpGraph): string {
  const lines = [
    '// corpgraph graph for Neo4j: run with `cypher-shell -u neo4j -p PASSWORD -f graph.cypher`.',
    '// Idempotent (MERGE on keys); the same schema as `corpgraph load --neo4j`.',
  ];
  for (const statement of neo4jConstraintStatements()) lines.push(`${statement};`);
  for (const group of graphToRowGroups(graph)) {
    for (const statement of groupStatements(group)) lines.push(`${statement};`);
  }
  return `${lines.join('\n')}\n`;
}
