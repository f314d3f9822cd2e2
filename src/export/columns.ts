// Flat columns shared by the CSV, GraphML and GEXF exports: attributes as typed scalars, lists as JSON.
import type { CorpGraph } from '../types.js';

/** How a column's values are written: scalars as text, `json` as a JSON string (lists, evidence, objects). */
export type ColumnType = 'string' | 'int' | 'double' | 'boolean' | 'json';

export interface Column {
  /** Name in the output (CSV header, GraphML `attr.name`, GEXF attribute title). */
  name: string;
  /** Attribute name in the graph. */
  attr: string;
  type: ColumnType;
  /** One line for GraphML `<desc>` and docs/export.md. */
  description?: string;
}

export type Scalar = string | number | boolean;

/** One node or edge: its key (and ends, for edges) and one value per column (`undefined` = absent). */
export interface FlatRow {
  key: string;
  source: string;
  target: string;
  values: (Scalar | undefined)[];
}

export interface FlatTable {
  columns: Column[];
  rows: FlatRow[];
}

export interface FlatGraph {
  graph: FlatTable;
  nodes: FlatTable;
  edges: FlatTable;
}

/** Node columns every export writes, in order (after `id`). */
export const NODE_COLUMNS: readonly Column[] = [
  { name: 'name', attr: 'name', type: 'string', description: 'display name' },
  { name: 'type', attr: 'label', type: 'string', description: 'node label: Organization, Person or Place' },
  { name: 'aliases', attr: 'aliases', type: 'json', description: 'JSON array of surface forms' },
  { name: 'mentions', attr: 'mentions', type: 'int', description: 'mentions across all documents' },
  { name: 'docIds', attr: 'docIds', type: 'json', description: 'JSON array of document ids' },
];

/** Edge columns every export writes, in order (after `id`, `source`, `target`). */
export const EDGE_COLUMNS: readonly Column[] = [
  { name: 'type', attr: 'type', type: 'string', description: 'relationship type' },
  { name: 'status', attr: 'status', type: 'string', description: 'current, former, planned or proposed' },
  { name: 'title', attr: 'title', type: 'string', description: 'role title' },
  { name: 'date', attr: 'date', type: 'string', description: 'date the evidence gives' },
  { name: 'confidence', attr: 'confidence', type: 'double', description: 'combined confidence' },
  {
    name: 'evidence',
    attr: 'evidence',
    type: 'json',
    description: 'JSON array of {docId, sentence, start, end, rule, confidence}',
  },
];

/** Graph-level columns (GraphML graph `<data>` only). */
export const GRAPH_COLUMNS: readonly Column[] = [
  { name: 'version', attr: 'version', type: 'int', description: 'graph.json layout version' },
  {
    name: 'documents',
    attr: 'documents',
    type: 'json',
    description: 'JSON array of {id, uri, title, url, published}',
  },
];

// Why: names the formats themselves use for ids and ends; an extra attribute by that name is renamed.
const RESERVED = new Set(['id', 'source', 'target', 'label']);

/** JSON text that XML 1.0 can also carry: JSON.stringify escapes controls and lone surrogates; add U+FFFE/U+FFFF. */
export function stringifyJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function inferType(values: Iterable<unknown>): ColumnType {
  let type: ColumnType | undefined;
  for (const value of values) {
    if (value === undefined || value === null) continue;
    let t: ColumnType;
    if (typeof value === 'object') t = 'json';
    else if (typeof value === 'boolean') t = 'boolean';
    else if (typeof value === 'number') t = Number.isInteger(value) ? 'int' : 'double';
    else t = 'string';
    if (type === undefined || type === t) type = t;
    else if (type === 'json' || t === 'json') type = 'json';
    else if ((type === 'int' && t === 'double') || (type === 'double' && t === 'int')) type = 'double';
    else type = 'string';
  }
  return type ?? 'string';
}

/** Columns for `records`: the fixed ones first, then any other attribute (sorted by name, type inferred). */
function columnsFor(fixed: readonly Column[], records: readonly Record<string, unknown>[]): Column[] {
  const known = new Set(fixed.map((c) => c.attr));
  const taken = new Set([...RESERVED, ...fixed.map((c) => c.name)]);
  const extras = new Set<string>();
  for (const record of records)
    for (const name of Object.keys(record)) if (!known.has(name)) extras.add(name);
  const columns = [...fixed];
  for (const attr of [...extras].sort(compareKeys)) {
    let name = attr;
    while (taken.has(name)) name = `_${name}`;
    taken.add(name);
    columns.push({ name, attr, type: inferType(records.map((r) => r[attr])) });
  }
  return columns;
}

/** The value written for one attribute: `undefined` when absent; lists and objects as JSON text. */
function flatValue(column: Column, value: unknown): Scalar | undefined {
  if (value === undefined || value === null) return undefined;
  if (column.type === 'json') return stringifyJson(value);
  if (typeof value === 'object') return stringifyJson(value);
  if (column.type === 'string') return String(value);
  return value as Scalar;
}

function rowOf(
  key: string,
  source: string,
  target: string,
  columns: Column[],
  attrs: Record<string, unknown>,
): FlatRow {
  return { key, source, target, values: columns.map((c) => flatValue(c, attrs[c.attr])) };
}

/**
 * Flatten a graph into tables: nodes and edges sorted by key, so equal graphs flatten identically.
 * @param graph the corporate graph
 * @returns typed columns and one row per node, edge and (one) for the graph attributes
 */
export function flattenGraph(graph: CorpGraph): FlatGraph {
  const nodeKeys = graph.nodes().sort(compareKeys);
  const edgeKeys = graph.edges().sort(compareKeys);
  const nodeAttrs = nodeKeys.map((k) => graph.getNodeAttributes(k) as unknown as Record<string, unknown>);
  const edgeAttrs = edgeKeys.map((k) => graph.getEdgeAttributes(k) as unknown as Record<string, unknown>);
  const graphAttrs = graph.getAttributes() as unknown as Record<string, unknown>;
  const nodeColumns = columnsFor(NODE_COLUMNS, nodeAttrs);
  const edgeColumns = columnsFor(EDGE_COLUMNS, edgeAttrs);
  const graphColumns = columnsFor(GRAPH_COLUMNS, [graphAttrs]);
  return {
    graph: { columns: graphColumns, rows: [rowOf('', '', '', graphColumns, graphAttrs)] },
    nodes: {
      columns: nodeColumns,
      rows: nodeKeys.map((key, i) => rowOf(key, '', '', nodeColumns, nodeAttrs[i] ?? {})),
    },
    edges: {
      columns: edgeColumns,
      rows: edgeKeys.map((key, i) =>
        rowOf(key, graph.source(key), graph.target(key), edgeColumns, edgeAttrs[i] ?? {}),
      ),
    },
  };
}

/** A flat value as text: numbers in their shortest round-tripping form, booleans as `true`/`false`. */
export function formatScalar(value: Scalar): string {
  return typeof value === 'string' ? value : String(value);
}

/**
 * Read a value written by `formatScalar` back into its attribute value (inverse of the flattening).
 * @param type the column type
 * @param text the text as written
 * @returns the attribute value (JSON parsed for `json`)
 */
export function parseScalar(type: ColumnType, text: string): unknown {
  switch (type) {
    case 'int':
    case 'double':
      return Number(text);
    case 'boolean':
      return text === 'true';
    case 'json':
      return JSON.parse(text);
    default:
      return text;
  }
}
