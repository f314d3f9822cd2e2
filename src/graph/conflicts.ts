// Names shared by entities of different types ("Austin" the person and "Austin" the city): kept apart,
// never merged silently, and reported.
import type { CorpGraph, NodeLabel } from '../types.js';

export interface TypeConflict {
  /** The shared normalised name (the part of the key after the prefix). */
  name: string;
  /** The nodes that share it, one per label, sorted by key. */
  nodes: { key: string; label: NodeLabel; name: string }[];
}

/** Find names used by nodes of more than one label, in key order. */
export function findTypeConflicts(graph: CorpGraph): TypeConflict[] {
  const byName = new Map<string, TypeConflict['nodes']>();
  graph.forEachNode((key, attrs) => {
    const name = key.slice(key.indexOf(':') + 1);
    const list = byName.get(name) ?? [];
    list.push({ key, label: attrs.label, name: attrs.name });
    byName.set(name, list);
  });
  const out: TypeConflict[] = [];
  for (const [name, nodes] of byName) {
    if (new Set(nodes.map((n) => n.label)).size < 2) continue;
    out.push({ name, nodes: nodes.sort((a, b) => (a.key < b.key ? -1 : 1)) });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** One line per conflict: `"Austin" is a Person (person:austin) and a Place (place:austin); kept apart`. */
export function formatTypeConflict(conflict: TypeConflict): string {
  const parts = conflict.nodes.map((n) => `a ${n.label} (${n.key})`);
  const shown = conflict.nodes[0]?.name ?? conflict.name;
  return `"${shown}" is ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}; kept apart`;
}
