// A new, empty corporate graph with its graph-level attributes.
import Graph from 'graphology';
import type { CorpGraph } from '../types.js';

/** Version of the graph.json layout; bump when attributes change meaning. */
export const GRAPH_VERSION = 1;

export function createGraph(): CorpGraph {
  const graph: CorpGraph = new Graph.MultiDirectedGraph();
  graph.replaceAttributes({ version: GRAPH_VERSION, documents: [] });
  return graph;
}
