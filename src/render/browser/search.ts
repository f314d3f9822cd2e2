// Autocomplete over node names and aliases: prefix matches first, then substring matches.
import type { ViewNode } from '../view-data.js';

export interface SearchHit {
  key: string;
  name: string;
  label: string;
  /** The alias that matched, when it was not the name. */
  via?: string;
}

interface Entry {
  text: string;
  value: string;
  node: ViewNode;
}

/** Build a search function over the nodes (case-insensitive). */
export function createSearch(nodes: readonly ViewNode[]): (query: string, limit?: number) => SearchHit[] {
  const entries: Entry[] = [];
  for (const node of nodes) {
    for (const value of new Set([node.name, ...node.aliases])) {
      entries.push({ text: value.toLowerCase(), value, node });
    }
  }
  return (query, limit = 12) => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const ranked: { rank: number; entry: Entry }[] = [];
    for (const entry of entries) {
      const at = entry.text.indexOf(q);
      if (at < 0) continue;
      const rank = at === 0 ? 0 : entry.text.includes(` ${q}`) ? 1 : 2;
      ranked.push({ rank, entry });
    }
    ranked.sort(
      (a, b) =>
        a.rank - b.rank ||
        b.entry.node.mentions - a.entry.node.mentions ||
        (a.entry.node.name < b.entry.node.name ? -1 : 1),
    );
    const seen = new Set<string>();
    const hits: SearchHit[] = [];
    for (const { entry } of ranked) {
      if (seen.has(entry.node.key)) continue;
      seen.add(entry.node.key);
      const hit: SearchHit = { key: entry.node.key, name: entry.node.name, label: entry.node.label };
      if (entry.value !== entry.node.name) hit.via = entry.value;
      hits.push(hit);
      if (hits.length >= limit) break;
    }
    return hits;
  };
}
