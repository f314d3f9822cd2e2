// Readers for corpgraph's own GraphML, GEXF and CSV output, so the tests can round-trip every export.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { parse as parseCsvText } from 'csv-parse/sync';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import {
  type Column,
  type ColumnType,
  EDGE_COLUMNS,
  GRAPH_COLUMNS,
  NODE_COLUMNS,
  parseScalar,
} from '../../src/export/columns.js';
import { createGraph } from '../../src/graph/create.js';
import type { CorpGraph, EdgeAttributes, NodeAttributes } from '../../src/types.js';

type Attrs = Record<string, unknown>;

/** The attribute a column name stands for, and how to read its text (fixed columns; others by type). */
function columnFor(fixed: readonly Column[], name: string, fallback: ColumnType): Column {
  return fixed.find((c) => c.name === name) ?? { name, attr: name, type: fallback };
}

function fromGraphmlType(type: string | null): ColumnType {
  if (type === 'long' || type === 'int') return 'int';
  if (type === 'double' || type === 'float') return 'double';
  if (type === 'boolean') return 'boolean';
  return 'string';
}

function strictXml(text: string) {
  return new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
}

function children(element: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < element.childNodes.length; i++) {
    const child = element.childNodes[i] as unknown as Element;
    if (child?.nodeType === 1 && child.tagName === name) out.push(child);
  }
  return out;
}

/** Read GraphML written by exportGraphml back into a graph (display `label` keys ignored). */
export function readGraphml(text: string): CorpGraph {
  const doc = strictXml(text);
  const root = doc.documentElement as unknown as Element;
  const keys = new Map<string, { domain: string; column: Column }>();
  for (const key of children(root, 'key')) {
    const domain = key.getAttribute('for') ?? '';
    const name = key.getAttribute('attr.name') ?? '';
    const fixed = domain === 'node' ? NODE_COLUMNS : domain === 'edge' ? EDGE_COLUMNS : GRAPH_COLUMNS;
    keys.set(key.getAttribute('id') ?? '', {
      domain,
      column: columnFor(fixed, name, fromGraphmlType(key.getAttribute('attr.type'))),
    });
  }
  const dataOf = (element: Element): Attrs => {
    const attrs: Attrs = {};
    for (const data of children(element, 'data')) {
      const key = keys.get(data.getAttribute('key') ?? '');
      if (!key || key.column.name === 'label') continue;
      attrs[key.column.attr] = parseScalar(key.column.type, data.textContent ?? '');
    }
    return attrs;
  };
  const graphElement = children(root, 'graph')[0];
  if (!graphElement) throw new Error('no <graph>');
  if (graphElement.getAttribute('edgedefault') !== 'directed') throw new Error('edgedefault is not directed');
  const graph = createGraph();
  graph.replaceAttributes(dataOf(graphElement) as never);
  for (const node of children(graphElement, 'node')) {
    graph.addNode(node.getAttribute('id') ?? '', dataOf(node) as unknown as NodeAttributes);
  }
  for (const edge of children(graphElement, 'edge')) {
    graph.addDirectedEdgeWithKey(
      edge.getAttribute('id') ?? '',
      edge.getAttribute('source') ?? '',
      edge.getAttribute('target') ?? '',
      dataOf(edge) as unknown as EdgeAttributes,
    );
  }
  return graph;
}

function restore(fixed: readonly Column[], attrs: Attrs): Attrs {
  const out: Attrs = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'label') continue;
    const column = fixed.find((c) => c.name === name);
    if (!column) out[name] = value;
    else out[column.attr] = column.type === 'json' ? JSON.parse(String(value)) : value;
  }
  return out;
}

/** Read GEXF written by exportGexf back (with graphology-gexf's own parser). */
export function readGexf(text: string): CorpGraph {
  strictXml(text);
  const parsed = gexf.parse(Graph.MultiDirectedGraph, text);
  const graph = createGraph();
  parsed.forEachNode((key, attrs) => {
    graph.addNode(key, restore(NODE_COLUMNS, attrs) as unknown as NodeAttributes);
  });
  parsed.forEachEdge((key, attrs, source, target) => {
    graph.addDirectedEdgeWithKey(
      key,
      source,
      target,
      restore(EDGE_COLUMNS, attrs) as unknown as EdgeAttributes,
    );
  });
  return graph;
}

/** Parse CSV keeping absent (unquoted empty) cells apart from empty strings (quoted `""`). */
export function parseCsvRows(text: string): (string | undefined)[][] {
  return parseCsvText(text, {
    cast: (value, context) => (value === '' && !context.quoting ? undefined : value),
    relax_column_count: false,
  }) as (string | undefined)[][];
}

/** Read nodes.csv and edges.csv written by exportCsv back into a graph. */
export function readCsv(nodesText: string, edgesText: string): CorpGraph {
  const graph = createGraph();
  const [nodeHeader, ...nodeRows] = parseCsvRows(nodesText);
  const [edgeHeader, ...edgeRows] = parseCsvRows(edgesText);
  const attrsOf = (
    fixed: readonly Column[],
    header: (string | undefined)[],
    row: (string | undefined)[],
    skip: number,
  ) => {
    const attrs: Attrs = {};
    header.forEach((name, i) => {
      const cell = row[i];
      if (i < skip || name === undefined || cell === undefined) return;
      const column = fixed.find((c) => c.name === name);
      attrs[column?.attr ?? name] = column ? parseScalar(column.type, cell) : cell;
    });
    return attrs;
  };
  for (const row of nodeRows) {
    graph.addNode(row[0] ?? '', attrsOf(NODE_COLUMNS, nodeHeader ?? [], row, 1) as unknown as NodeAttributes);
  }
  for (const row of edgeRows) {
    graph.addDirectedEdgeWithKey(
      row[0] ?? '',
      row[1] ?? '',
      row[2] ?? '',
      attrsOf(EDGE_COLUMNS, edgeHeader ?? [], row, 3) as unknown as EdgeAttributes,
    );
  }
  return graph;
}
