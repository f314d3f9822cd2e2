// The records of an evaluation run: gold examples read from a dataset, scored items, counts and reports.
import type { EntityType, Span } from '../types.js';
import type { SpanConventions } from './span-conventions.js';

/** Datasets `corpgraph eval` can read. */
export const EVAL_DATASETS = ['conll04', 'conll2003', 'knowledgenet', 'fire', 'corpgraph'] as const;
export type EvalDataset = (typeof EVAL_DATASETS)[number];

/** A gold entity in example text offsets, with its dataset label. */
export interface GoldEntity extends Span {
  label: string;
}

/** A gold relation: dataset label, head and tail argument spans (dataset direction). */
export interface GoldRelation {
  label: string;
  head: Span;
  tail: Span;
  /**
   * Every acceptable [head, tail] pair (the first is `[head, tail]`) when an argument may be any of several
   * mentions of the same entity (corpgraph's own set). A prediction matching any pair matches the relation.
   */
  alternatives?: Span[][];
  /** Gold status (corpgraph's own set): `current`, `former`, `planned` or `proposed`. */
  status?: string;
}

/** One unit of extraction: a sentence, a passage or a whole document, with its gold annotations. */
export interface EvalExample {
  /** Stable id within the dataset (e.g. `dev#12`, an orig_id, a passage id). */
  id: string;
  text: string;
  /** Sentence spans of `text` (one covering everything when the example is a single sentence). */
  sentences: Span[];
  entities: GoldEntity[];
  relations: GoldRelation[];
  /**
   * Relation labels that may be scored on this example (KnowledgeNet's exhaustively annotated
   * properties). Absent: every label is scored.
   */
  scoredRelationLabels?: string[];
}

/** How our relation types count as one dataset relation label. */
export interface RelationSource {
  /** Our relation type (e.g. `CEO_OF`). */
  type: string;
  /** True when the dataset's head is our object (KnowledgeNet CEO: org → person). */
  reversed?: boolean;
}

/** The mapping between our schema and one dataset's labels (see src/eval/mapping.json). */
export interface DatasetMapping {
  /** Dataset entity label → our entity type; null = not scored. */
  entities: Record<string, EntityType | null>;
  /** Dataset relation label → our relation types that count as it. */
  relations: Record<string, RelationSource[]>;
  /** Labels reported but left out of the micro average (out of scope). */
  excluded: string[];
  /** Where the dataset draws a name's edges otherwise than our schema (applied to our spans). */
  spans?: SpanConventions;
}

/** One thing to score: an entity (one span) or a relation (head and tail spans), gold or predicted. */
export interface ScoreItem {
  /** Scoring label: our entity type for entities, the dataset label for relations. */
  label: string;
  /** One span for an entity; head and tail for a relation. */
  spans: Span[];
  /** Predicted only: the rule (relations) or mention source (entities) that produced it. */
  rule?: string;
  /** Predicted only: confidence (relations); entities count as 1. */
  confidence?: number;
  /** Predicted only: our relation type before mapping, for details. */
  ourType?: string;
  /** Gold only: every acceptable spans tuple (see {@link GoldRelation.alternatives}). */
  alternatives?: Span[][];
  /** Relations: the gold or predicted status, when known. */
  status?: string;
}

/** True positive, false positive and false negative counts. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 over counts (0 when undefined). */
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** How spans are compared: exactly, or overlapping (KnowledgeNet's official `span_overlap`). */
export type MatchMode = 'exact' | 'overlap';
