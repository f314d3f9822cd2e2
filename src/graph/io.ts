// Read and write graph.json: graphology's own serialization, written atomically with a stable order.
import { readFile } from 'node:fs/promises';
import type { SerializedGraph } from 'graphology-types';
import { CorpgraphError } from '../errors.js';
import type { CorpGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { createGraph } from './create.js';

export type SerializedCorpGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Default location of the graph written by `corpgraph build`. */
export const DEFAULT_GRAPH_PATH = '.corpgraph/graph.json';

/** Serialize with nodes and edges sorted by key, so equal graphs give byte-identical files. */
export function serializeGraph(graph: CorpGraph): SerializedCorpGraph {
  const data = graph.export();
  data.nodes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  data.edges.sort((a, b) => {
    const ka = a.key ?? '';
    const kb = b.key ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return data;
}

/** Build a graph from its serialized form (validating the basics). */
export function deserializeGraph(data: unknown, source = 'graph'): CorpGraph {
  if (!data || typeof data !== 'object' || !Array.isArray((data as SerializedCorpGraph).nodes)) {
    throw new CorpgraphError('E_BAD_GRAPH', `${source}: not a corpgraph graph.json (no "nodes" array)`);
  }
  const graph = createGraph();
  try {
    graph.import(data as SerializedCorpGraph);
  } catch (error) {
    throw new CorpgraphError('E_BAD_GRAPH', `${source}: ${(error as Error).message}`, { cause: error });
  }
  return graph;
}

/** Read graph.json. Throws E_GRAPH_NOT_FOUND (with how to build one) or E_BAD_GRAPH. */
export async function readGraph(file: string = DEFAULT_GRAPH_PATH): Promise<CorpGraph> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CorpgraphError(
      'E_GRAPH_NOT_FOUND',
      `${file}: no graph here; build one with \`corpgraph build <articles...>\``,
      { cause: error },
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorpgraphError('E_BAD_GRAPH', `${file}: invalid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  return deserializeGraph(data, file);
}

/** Write graph.json atomically, deterministic byte for byte for equal graphs. */
export async function writeGraph(graph: CorpGraph, file: string = DEFAULT_GRAPH_PATH): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(serializeGraph(graph))}\n`);
}
