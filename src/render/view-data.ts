// The data the explorer page embeds: a compact, laid-out copy of the graph with its evidence and documents.
import type { CorpGraph, DocumentInfo, NodeLabel, RelationStatus, RelationType } from '../types.js';
import { computeLayout } from './layout.js';
import { edgeSize, LABEL_COLORS, nodeSize, STATUS_COLORS } from './palette.js';

export interface ViewNode {
  key: string;
  name: string;
  label: NodeLabel;
  aliases: string[];
  mentions: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ViewEvidence {
  /** Index into `ViewData.documents`, or -1 when the document is unknown. */
  doc: number;
  sentence: string;
  rule: string;
  confidence: number;
}

export interface ViewEdge {
  key: string;
  source: string;
  target: string;
  type: RelationType;
  status: RelationStatus;
  confidence: number;
  title?: string;
  date?: string;
  size: number;
  color: string;
  evidence: ViewEvidence[];
}

/** What the explorer page runs in: a file opened from disk, or `corpgraph serve` (adds the Cypher box). */
export type ViewMode = 'file' | 'serve';

export interface ViewData {
  title: string;
  mode: ViewMode;
  nodes: ViewNode[];
  edges: ViewEdge[];
  documents: DocumentInfo[];
  labelColors: Record<NodeLabel, string>;
  statusColors: Record<RelationStatus, string>;
}

export interface ViewDataOptions {
  title: string;
  mode: ViewMode;
  iterations?: number;
}

/** Lay out the graph and flatten it into the explorer's data (sorted by key: deterministic). */
export function toViewData(graph: CorpGraph, options: ViewDataOptions): ViewData {
  const positions = computeLayout(graph, options.iterations);
  const documents = [...(graph.getAttribute('documents') ?? [])];
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  // Why: dense large graphs turn into one blot at full size; smaller discs keep structure visible.
  const scale = graph.order > 2000 ? 0.5 : graph.order > 500 ? 0.75 : 1;
  const nodes: ViewNode[] = graph
    .nodes()
    .sort()
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      const p = positions.get(key) ?? { x: 0, y: 0 };
      return {
        key,
        name: String(a.name ?? key),
        label: a.label,
        aliases: [...(a.aliases ?? [])],
        mentions: a.mentions ?? 0,
        x: p.x,
        y: p.y,
        size: Math.round(nodeSize(graph.degree(key)) * scale * 100) / 100,
        color: LABEL_COLORS[a.label] ?? '#999999',
      };
    });
  const edges: ViewEdge[] = graph
    .edges()
    .sort()
    .map((key) => {
      const a = graph.getEdgeAttributes(key);
      const edge: ViewEdge = {
        key,
        source: graph.source(key),
        target: graph.target(key),
        type: a.type,
        status: a.status,
        confidence: a.confidence,
        size: edgeSize(a.confidence),
        color: STATUS_COLORS[a.status] ?? STATUS_COLORS.current,
        evidence: (a.evidence ?? []).map((e) => ({
          doc: docIndex.get(e.docId) ?? -1,
          sentence: e.sentence,
          rule: e.rule,
          confidence: e.confidence,
        })),
      };
      if (a.title !== undefined) edge.title = a.title;
      if (a.date !== undefined) edge.date = a.date;
      return edge;
    });
  return {
    title: options.title,
    mode: options.mode,
    nodes,
    edges,
    documents,
    labelColors: { ...LABEL_COLORS },
    statusColors: { ...STATUS_COLORS },
  };
}
