// Deterministic ForceAtlas2 layout: the same graph always gets the same positions.
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type * as FA2Module from 'graphology-layout-forceatlas2';
import type { CorpGraph } from '../types.js';
import { defaultIterations } from './options.js';

// Why: the package is CommonJS with an `export default` typing; Node gives the function itself as the module.
const forceAtlas2 = createRequire(import.meta.url)(
  'graphology-layout-forceatlas2',
) as typeof FA2Module.default.default;

export interface Position {
  x: number;
  y: number;
}

/**
 * Compute node positions with ForceAtlas2, starting from a phyllotaxis spiral in key order.
 * Why: FA2 itself has no randomness, so a seeded-free deterministic start makes the whole layout
 * reproducible (graphology-layout's random start would need a seeded RNG for the same effect).
 * Positions are rounded to 1/100 so the embedded data is byte-stable and compact.
 */
export function computeLayout(graph: CorpGraph, iterations?: number): Map<string, Position> {
  const layout = new UndirectedGraph<Position>({ allowSelfLoops: false });
  const keys = graph.nodes().sort();
  const golden = Math.PI * (3 - Math.sqrt(5));
  keys.forEach((key, i) => {
    const r = Math.sqrt(i + 0.5) * 10;
    layout.addNode(key, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
  });
  const pairs = graph
    .mapEdges((_edge, _attrs, source, target) =>
      source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`,
    )
    .sort();
  for (const pair of pairs) {
    const [source = '', target = ''] = pair.split('\u0000');
    if (source !== target && !layout.hasEdge(source, target)) layout.addEdge(source, target);
  }
  const positions = new Map<string, Position>();
  if (layout.order > 1) {
    forceAtlas2.assign(layout, {
      iterations: iterations ?? defaultIterations(layout.order),
      settings: forceAtlas2.inferSettings(layout),
      getEdgeWeight: null,
    });
  }
  layout.forEachNode((key, attrs) => {
    positions.set(key, { x: round(attrs.x), y: round(attrs.y) });
  });
  return positions;
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : 0;
}
