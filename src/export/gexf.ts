// GEXF export via graphology-gexf, over flat columns so lists and evidence survive as JSON strings.
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import { CorpgraphError } from '../errors.js';
import type { CorpGraph } from '../types.js';
import { type FlatTable, flattenGraph, type Scalar } from './columns.js';
import { toXmlChars } from './xml.js';

type FlatAttributes = Record<string, Scalar>;

/** The row's values by column name, text made XML-safe (the writer escapes markup, not forbidden chars). */
function attributesOf(table: FlatTable, rowIndex: number): FlatAttributes {
  const attrs: FlatAttributes = {};
  const row = table.rows[rowIndex];
  if (!row) return attrs;
  table.columns.forEach((column, i) => {
    const value = row.values[i];
    if (value !== undefined) attrs[column.name] = typeof value === 'string' ? toXmlChars(value) : value;
  });
  return attrs;
}

/**
 * Export the graph as GEXF 1.2 (Gephi's format) with graphology-gexf. Each node's GEXF `label` is its
 * name and each edge's its relationship type; every attribute is a GEXF attribute named as in CSV
 * (`type`, `aliases`, …). graphology-gexf cannot write lists of objects, and its `|`-joined lists are
 * ambiguous, so lists and evidence are JSON strings. Nodes and edges are sorted by key (deterministic).
 * Characters XML 1.0 cannot hold become U+FFFD in plain text values (JSON values keep them escaped).
 * The graph's `documents` list is not in GEXF (evidence keeps each `docId`).
 * @param graph the corporate graph
 * @returns the GEXF document
 * @throws CorpgraphError E_BAD_GRAPH when two node keys differ only in characters XML cannot hold
 */
export function exportGexf(graph: CorpGraph): string {
  const flat = flattenGraph(graph);
  // Why: graphology-gexf writes in insertion order; a copy built in key order makes the output stable.
  const copy = new Graph.MultiDirectedGraph<FlatAttributes, FlatAttributes>();
  copy.replaceAttributes({ creator: 'corpgraph' });
  try {
    flat.nodes.rows.forEach((row, i) => {
      copy.addNode(toXmlChars(row.key), attributesOf(flat.nodes, i));
    });
    flat.edges.rows.forEach((row, i) => {
      copy.addDirectedEdgeWithKey(
        toXmlChars(row.key),
        toXmlChars(row.source),
        toXmlChars(row.target),
        attributesOf(flat.edges, i),
      );
    });
  } catch (error) {
    throw new CorpgraphError(
      'E_BAD_GRAPH',
      `exportGexf: keys that differ only in characters XML cannot hold collide (${(error as Error).message})`,
      { cause: error },
    );
  }
  return gexf.write(copy, {
    formatNode: (_key, attrs) => ({ label: String(attrs.name ?? ''), attributes: attrs }),
    formatEdge: (_key, attrs) => ({ label: String(attrs.type ?? ''), attributes: attrs }),
  });
}
