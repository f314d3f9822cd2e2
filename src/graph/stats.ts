// Graph statistics: counts by label, relationship type and status, documents, and the best-connected organizations.
import type { CorpGraph, NodeLabel, RelationStatus } from '../types.js';
import { NODE_LABELS, RELATION_STATUSES } from '../types.js';

export interface StatsOptions {
  /** How many organizations to list by degree. */
  top?: number;
}

export const DEFAULT_STATS_OPTIONS: Required<StatsOptions> = { top: 10 };

/** One organization in the degree ranking. */
export interface RankedNode {
  key: string;
  name: string;
  /** Edges in and out (each relationship counts once, whatever its evidence). */
  degree: number;
  inDegree: number;
  outDegree: number;
}

export interface GraphStats {
  nodes: number;
  edges: number;
  documents: number;
  /** Pieces of evidence over all edges. */
  evidence: number;
  /** Nodes per label; every schema label is present (0 when none). */
  byLabel: Record<NodeLabel, number>;
  /** Edges per relationship type, sorted by count (descending) then type; types with no edge are left out. */
  byType: Record<string, number>;
  /** Edges per status; every status is present. */
  byStatus: Record<RelationStatus, number>;
  /** Edges per type and status (types as in `byType`). */
  byTypeAndStatus: Record<string, Record<RelationStatus, number>>;
  /** Organizations by degree (descending), then name and key: deterministic. */
  topOrganizations: RankedNode[];
}

function zeroStatuses(): Record<RelationStatus, number> {
  return Object.fromEntries(RELATION_STATUSES.map((s) => [s, 0])) as Record<RelationStatus, number>;
}

/**
 * Count what a graph holds.
 * @param graph the corporate graph
 * @param options `top`: how many organizations to rank (default 10)
 * @returns counts by label, type and status, documents, evidence and the top organizations by degree
 */
export function graphStats(graph: CorpGraph, options: StatsOptions = {}): GraphStats {
  const { top } = { ...DEFAULT_STATS_OPTIONS, ...options };
  const byLabel = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
  graph.forEachNode((_key, attrs) => {
    byLabel[attrs.label] = (byLabel[attrs.label] ?? 0) + 1;
  });

  const typeCounts = new Map<string, number>();
  const typeStatus = new Map<string, Record<RelationStatus, number>>();
  const byStatus = zeroStatuses();
  let evidence = 0;
  graph.forEachEdge((_key, attrs) => {
    typeCounts.set(attrs.type, (typeCounts.get(attrs.type) ?? 0) + 1);
    let statuses = typeStatus.get(attrs.type);
    if (!statuses) {
      statuses = zeroStatuses();
      typeStatus.set(attrs.type, statuses);
    }
    statuses[attrs.status] = (statuses[attrs.status] ?? 0) + 1;
    byStatus[attrs.status] = (byStatus[attrs.status] ?? 0) + 1;
    evidence += Array.isArray(attrs.evidence) ? attrs.evidence.length : 0;
  });
  const types = [...typeCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

  const organizations: RankedNode[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.label !== 'Organization') return;
    organizations.push({
      key,
      name: attrs.name,
      degree: graph.degree(key),
      inDegree: graph.inDegree(key),
      outDegree: graph.outDegree(key),
    });
  });
  organizations.sort(
    (a, b) =>
      b.degree - a.degree ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );

  return {
    nodes: graph.order,
    edges: graph.size,
    documents: graph.getAttribute('documents')?.length ?? 0,
    evidence,
    byLabel,
    byType: Object.fromEntries(types),
    byStatus,
    byTypeAndStatus: Object.fromEntries(
      types.map(([type]) => [type, typeStatus.get(type) ?? zeroStatuses()]),
    ),
    topOrganizations: organizations.slice(0, Math.max(0, top)),
  };
}

function table(header: string[], rows: string[][], numeric: boolean[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

// Why: names come from articles; a line break, control or bidi override in one must not break or
// reorder the table on a terminal.
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, ' ');
}

/**
 * Format stats as readable plain-text tables (what `corpgraph stats` prints).
 * @param stats from graphStats
 * @returns text ending in a newline
 */
export function formatStats(stats: GraphStats): string {
  const out: string[] = [
    `documents  ${stats.documents}`,
    `nodes      ${stats.nodes}`,
    `edges      ${stats.edges}`,
    `evidence   ${stats.evidence}`,
    '',
    ...table(
      ['label', 'nodes'],
      Object.entries(stats.byLabel).map(([label, n]) => [label, String(n)]),
      [false, true],
    ),
    '',
    ...table(
      ['relationship', 'edges', ...RELATION_STATUSES],
      Object.entries(stats.byType).map(([type, n]) => [
        type,
        String(n),
        ...RELATION_STATUSES.map((s) => String(stats.byTypeAndStatus[type]?.[s] ?? 0)),
      ]),
      [false, true, ...RELATION_STATUSES.map(() => true)],
    ),
  ];
  if (stats.topOrganizations.length > 0) {
    out.push(
      '',
      ...table(
        ['organization', 'degree', 'in', 'out', 'key'],
        stats.topOrganizations.map((o) => [
          oneLine(o.name),
          String(o.degree),
          String(o.inDegree),
          String(o.outDegree),
          oneLine(o.key),
        ]),
        [false, true, true, true, false],
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
