// The records that flow between stages: documents, mentions, relations, diagnostics and graph attributes.
import type { MultiDirectedGraph } from 'graphology';

/** Labels of graph nodes (Cypher node labels). */
export type NodeLabel = 'Organization' | 'Person' | 'Place';
/** Mention types: node labels plus dates (used by founding-date facts, never graph nodes). */
export type EntityType = NodeLabel | 'Date';

export const NODE_LABELS: readonly NodeLabel[] = ['Organization', 'Person', 'Place'];

/** Relationship types of the graph schema (subject → object), see README "Schema". */
export const RELATION_TYPES = [
  // Person → Organization
  'CEO_OF',
  'PRESIDENT_OF',
  'CHAIR_OF',
  'FOUNDER_OF',
  'EXECUTIVE_OF',
  'BOARD_MEMBER_OF',
  'WORKS_FOR',
  // Organization → Organization
  'SIGNED_MOU_WITH',
  'PARTNERED_WITH',
  'JOINT_VENTURE_WITH',
  'AGREEMENT_WITH',
  'ACQUIRED',
  'MERGED_WITH',
  'INVESTED_IN',
  'SUBSIDIARY_OF',
  // Organization → Place
  'BASED_IN',
  'OPERATES_IN',
  // Place → Place
  'LOCATED_IN',
  // Person → Place
  'LIVES_IN',
  // Organization → Date (a founding date; kept as a node property, not an edge)
  'FOUNDED_ON',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The argument types each relationship type takes (subject, object), as the schema defines them. */
export const RELATION_SIGNATURES: Readonly<Record<RelationType, readonly [EntityType, EntityType]>> = {
  CEO_OF: ['Person', 'Organization'],
  PRESIDENT_OF: ['Person', 'Organization'],
  CHAIR_OF: ['Person', 'Organization'],
  FOUNDER_OF: ['Person', 'Organization'],
  EXECUTIVE_OF: ['Person', 'Organization'],
  BOARD_MEMBER_OF: ['Person', 'Organization'],
  WORKS_FOR: ['Person', 'Organization'],
  SIGNED_MOU_WITH: ['Organization', 'Organization'],
  PARTNERED_WITH: ['Organization', 'Organization'],
  JOINT_VENTURE_WITH: ['Organization', 'Organization'],
  AGREEMENT_WITH: ['Organization', 'Organization'],
  ACQUIRED: ['Organization', 'Organization'],
  MERGED_WITH: ['Organization', 'Organization'],
  INVESTED_IN: ['Organization', 'Organization'],
  SUBSIDIARY_OF: ['Organization', 'Organization'],
  BASED_IN: ['Organization', 'Place'],
  OPERATES_IN: ['Organization', 'Place'],
  LOCATED_IN: ['Place', 'Place'],
  LIVES_IN: ['Person', 'Place'],
  FOUNDED_ON: ['Organization', 'Date'],
};

export const RELATION_STATUSES = ['current', 'former', 'planned', 'proposed'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

/** Offsets into a document's text: JavaScript string (UTF-16) offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One article, as ingest produces it. `id` is a content hash of the normalized text. */
export interface SourceDocument {
  id: string;
  text: string;
  /** Where it came from: a path, `path#line` for collections, `-` for stdin. */
  uri?: string;
  title?: string;
  byline?: string;
  url?: string;
  published?: string;
  /** An id the input itself gave (e.g. a JSONL `id` field). */
  sourceId?: string;
}

export interface Mention extends Span {
  /** Unique within the document: m1, m2, … */
  id: string;
  type: EntityType;
  text: string;
  /** Canonical entity key (graph node key), e.g. `org:ascend-elements`. Dates have none. */
  key?: string;
  /** Canonical display name of the entity this mention resolved to. */
  canonical?: string;
  /** How the mention was found (e.g. `suffix`, `gazetteer`, `alias`, `pronoun`). */
  source?: string;
}

export interface RelationMention {
  type: RelationType;
  /** Mention ids. */
  subject: string;
  object: string;
  status: RelationStatus;
  rule: string;
  confidence: number;
  /** The sentence that expresses the relation. */
  sentence: Span;
  title?: string;
  date?: string;
  /**
   * The same fact as another relation of the document, at another pair of mentions of its sentence
   * that refer to the same entities ("who", "she", "its"): see extract/coreference-echoes.ts.
   */
  echo?: true;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  stage: 'ingest' | 'extract' | 'resolve' | 'graph' | 'store' | 'export' | 'render' | 'cli';
  code: string;
  message: string;
  /** File or collection the problem is in. */
  source?: string;
  line?: number;
  docId?: string;
  span?: Span;
}

/** What extraction returns for one document. */
export interface Extraction {
  doc: SourceDocument;
  mentions: Mention[];
  relations: RelationMention[];
  sentences: Span[];
  diagnostics: Diagnostic[];
}

/** One piece of evidence behind a graph edge. */
export interface Evidence {
  docId: string;
  /** The sentence text. */
  sentence: string;
  /** Offsets of the sentence in the document text. */
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

export interface NodeAttributes {
  label: NodeLabel;
  name: string;
  aliases: string[];
  /** Number of mentions across all documents. */
  mentions: number;
  /** Ids of the documents that mention it (sorted). */
  docIds: string[];
  /** Founding dates the articles give for an organization ("1998", "May 2006"), sorted. */
  founded?: string[];
}

export interface EdgeAttributes {
  type: RelationType;
  status: RelationStatus;
  /** Title text for person → organization roles ("president and CEO"). */
  title?: string;
  date?: string;
  /** Combined confidence over all evidence: 1 - Π(1 - c_i). */
  confidence: number;
  evidence: Evidence[];
}

/** Document metadata kept on the graph (graph attribute `documents`). */
export interface DocumentInfo {
  id: string;
  uri?: string;
  title?: string;
  url?: string;
  published?: string;
}

export interface GraphAttributes {
  /** Schema version of graph.json. */
  version: number;
  documents: DocumentInfo[];
}

/** The corporate graph: a Graphology multi directed graph with typed attributes. */
export type CorpGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
