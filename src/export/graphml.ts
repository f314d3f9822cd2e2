// GraphML export: a small, strict writer (graphology has none) whose output yEd and Gephi open.
import type { CorpGraph } from '../types.js';
import { type Column, type ColumnType, type FlatTable, flattenGraph, formatScalar } from './columns.js';
import { escapeXmlAttribute, escapeXmlText } from './xml.js';

// Why: GraphML has no list or JSON type; JSON columns are strings (see docs/export.md). Integers are
// `long` so that no count overflows a reader's 32-bit int.
const GRAPHML_TYPES: Record<ColumnType, string> = {
  string: 'string',
  json: 'string',
  int: 'long',
  double: 'double',
  boolean: 'boolean',
};

const HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
];

/** Key id prefix per GraphML domain. */
const PREFIX = { graph: 'g', node: 'n', edge: 'e' } as const;

/** Display label keys: Gephi shows `label`; importers of corpgraph's GraphML ignore it. */
const LABEL_KEY = { node: 'label_n', edge: 'label_e' } as const;

function keyLines(domain: keyof typeof PREFIX, columns: readonly Column[]): string[] {
  return columns.map((column, i) => {
    const head =
      `  <key id="${PREFIX[domain]}${i}" for="${domain}" attr.name="${escapeXmlAttribute(column.name)}"` +
      ` attr.type="${GRAPHML_TYPES[column.type]}"`;
    return column.description
      ? `${head}><desc>${escapeXmlText(column.description)}</desc></key>`
      : `${head}/>`;
  });
}

function dataLines(
  domain: keyof typeof PREFIX,
  table: FlatTable,
  rowIndex: number,
  indent: string,
): string[] {
  const row = table.rows[rowIndex];
  if (!row) return [];
  const lines: string[] = [];
  row.values.forEach((value, i) => {
    if (value === undefined) return;
    lines.push(`${indent}<data key="${PREFIX[domain]}${i}">${escapeXmlText(formatScalar(value))}</data>`);
  });
  return lines;
}

/**
 * Export the graph as GraphML 1.0 (UTF-8). Nodes and edges come sorted by key, so equal graphs give
 * identical text. Every attribute is a `<key>` with its `attr.type`; lists and evidence are JSON strings;
 * each node and edge also gets a display `label` (name / relationship type) for Gephi. Characters XML 1.0
 * cannot hold (most C0 controls, U+FFFE/U+FFFF, lone surrogates) become U+FFFD in plain text values; JSON
 * values keep them exactly as `\u` escapes.
 * @param graph the corporate graph
 * @returns the GraphML document, ending in a newline
 */
export function exportGraphml(graph: CorpGraph): string {
  const flat = flattenGraph(graph);
  const nameIndex = flat.nodes.columns.findIndex((c) => c.attr === 'name');
  const typeIndex = flat.edges.columns.findIndex((c) => c.attr === 'type');
  const lines = [
    ...HEADER,
    ...keyLines('graph', flat.graph.columns),
    ...keyLines('node', flat.nodes.columns),
    ...keyLines('edge', flat.edges.columns),
    `  <key id="${LABEL_KEY.node}" for="node" attr.name="label" attr.type="string"><desc>display label (the name)</desc></key>`,
    `  <key id="${LABEL_KEY.edge}" for="edge" attr.name="label" attr.type="string"><desc>display label (the relationship type)</desc></key>`,
    '  <graph id="G" edgedefault="directed">',
    ...dataLines('graph', flat.graph, 0, '    '),
  ];
  flat.nodes.rows.forEach((row, i) => {
    lines.push(`    <node id="${escapeXmlAttribute(row.key)}">`);
    lines.push(...dataLines('node', flat.nodes, i, '      '));
    const name = row.values[nameIndex];
    if (name !== undefined) {
      lines.push(`      <data key="${LABEL_KEY.node}">${escapeXmlText(formatScalar(name))}</data>`);
    }
    lines.push('    </node>');
  });
  flat.edges.rows.forEach((row, i) => {
    lines.push(
      `    <edge id="${escapeXmlAttribute(row.key)}" source="${escapeXmlAttribute(row.source)}"` +
        ` target="${escapeXmlAttribute(row.target)}">`,
    );
    lines.push(...dataLines('edge', flat.edges, i, '      '));
    const type = row.values[typeIndex];
    if (type !== undefined) {
      lines.push(`      <data key="${LABEL_KEY.edge}">${escapeXmlText(formatScalar(type))}</data>`);
    }
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
