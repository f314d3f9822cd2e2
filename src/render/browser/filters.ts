// Filter state and the visibility it implies: relationship type, status, label, minimum confidence, company links.
import type { ViewData } from '../view-data.js';

export interface FilterState {
  types: Set<string>;
  statuses: Set<string>;
  labels: Set<string>;
  minConfidence: number;
  companyOnly: boolean;
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

/** Everything visible. */
export function initialFilters(data: ViewData): FilterState {
  return {
    types: new Set(data.edges.map((e) => e.type)),
    statuses: new Set(data.edges.map((e) => e.status)),
    labels: new Set(data.nodes.map((n) => n.label)),
    minConfidence: 0,
    companyOnly: false,
  };
}

/** Which nodes and edges the filters hide. An edge is hidden with either of its ends. */
export function computeVisibility(data: ViewData, f: FilterState): Visibility {
  const hiddenNodes = new Set<string>();
  for (const n of data.nodes) {
    if (!f.labels.has(n.label) || (f.companyOnly && n.label !== 'Organization')) hiddenNodes.add(n.key);
  }
  const hiddenEdges = new Set<string>();
  for (const e of data.edges) {
    if (
      !f.types.has(e.type) ||
      !f.statuses.has(e.status) ||
      e.confidence < f.minConfidence ||
      hiddenNodes.has(e.source) ||
      hiddenNodes.has(e.target)
    ) {
      hiddenEdges.add(e.key);
    }
  }
  return { hiddenNodes, hiddenEdges };
}
