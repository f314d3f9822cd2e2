// JSON export: graphology's own serialization, exactly the bytes `corpgraph build` writes to graph.json.
import { serializeGraph } from '../graph/io.js';
import type { CorpGraph } from '../types.js';

/**
 * Export the graph as graphology's serialized JSON (`graph.export()`), nodes and edges sorted by key.
 * @param graph the corporate graph
 * @returns one line of JSON and a newline; equal graphs give identical text
 */
export function exportJson(graph: CorpGraph): string {
  return `${JSON.stringify(serializeGraph(graph))}\n`;
}
