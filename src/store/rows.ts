// Flatten a CorpGraph into typed row groups, one per node label and per (type, from, to) relationship table.
import { CorpgraphError } from '../errors.js';
import { type CorpGraph, NODE_LABELS, type NodeLabel, RELATION_TYPES, type RelationType } from '../types.js';
import { DOCUMENT_LABEL, MENTIONS_TYPE } from './schema.js';

export interface EntityRow {
  key: string;
  name: string;
  aliases: string[];
  mentions: number;
  docIds: string[];
}

export interface DocumentRow {
  id: string;
  uri: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
}

export interface MentionRow {
  docId: string;
  key: string;
}

export interface RelationRow {
  source: string;
  target: string;
  key: string;
  type: RelationType;
  status: string;
  title: string | null;
  date: string | null;
  confidence: number;
  count: number;
  docIds: string[];
  sentences: string[];
  rules: string[];
}

/** Rows of one table, with what a statement needs to address it. */
export type RowGroup =
  | { kind: 'entity'; label: NodeLabel; rows: EntityRow[] }
  | { kind: 'document'; label: typeof DOCUMENT_LABEL; rows: DocumentRow[] }
  | { kind: 'mention'; type: typeof MENTIONS_TYPE; to: NodeLabel; rows: MentionRow[] }
  | { kind: 'relation'; type: RelationType; from: NodeLabel; to: NodeLabel; rows: RelationRow[] };

const byKey = (a: { key: string }, b: { key: string }): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

const LABELS: ReadonlySet<string> = new Set(NODE_LABELS);
const TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);

// Why: labels and types become part of Cypher text (they cannot be parameters), and a graph read from
// a graph.json file is data, not code: a label outside the fixed schema must never reach a statement.
function checkLabel(label: unknown, key: string): NodeLabel {
  if (typeof label === 'string' && LABELS.has(label)) return label as NodeLabel;
  throw new CorpgraphError(
    'E_BAD_GRAPH',
    `graphToRowGroups: node ${JSON.stringify(key)} has label ${JSON.stringify(label)}, not one of ${NODE_LABELS.join(', ')}`,
  );
}

function checkType(type: unknown, key: string): RelationType {
  if (typeof type === 'string' && TYPES.has(type)) return type as RelationType;
  throw new CorpgraphError(
    'E_BAD_GRAPH',
    `graphToRowGroups: edge ${JSON.stringify(key)} has type ${JSON.stringify(type)}, not a schema relationship type`,
  );
}

/**
 * The graph as row groups in load order: entities, documents, then MENTIONS and fact relationships
 * (nodes before the relationships that need them). Deterministic: groups and rows are sorted.
 * @throws CorpgraphError E_BAD_GRAPH when a node label or edge type is not in the fixed schema
 * (`NODE_LABELS`, `RELATION_TYPES`): they are spliced into Cypher, so only allow-listed names pass.
 */
export function graphToRowGroups(graph: CorpGraph): RowGroup[] {
  const entities = new Map<NodeLabel, EntityRow[]>();
  const mentions = new Map<NodeLabel, MentionRow[]>();
  graph.forEachNode((key, attrs) => {
    checkLabel(attrs.label, key);
    const list = entities.get(attrs.label) ?? [];
    list.push({
      key,
      name: attrs.name,
      aliases: [...attrs.aliases],
      mentions: attrs.mentions,
      docIds: [...attrs.docIds],
    });
    entities.set(attrs.label, list);
    const m = mentions.get(attrs.label) ?? [];
    for (const docId of attrs.docIds) m.push({ docId, key });
    mentions.set(attrs.label, m);
  });
  const relations = new Map<
    string,
    { type: RelationType; from: NodeLabel; to: NodeLabel; rows: RelationRow[] }
  >();
  graph.forEachEdge((key, attrs, source, target, sourceAttrs, targetAttrs) => {
    checkType(attrs.type, key);
    const id = `${attrs.type}|${sourceAttrs.label}|${targetAttrs.label}`;
    let group = relations.get(id);
    if (!group) {
      group = { type: attrs.type, from: sourceAttrs.label, to: targetAttrs.label, rows: [] };
      relations.set(id, group);
    }
    group.rows.push({
      source,
      target,
      key,
      type: attrs.type,
      status: attrs.status,
      title: attrs.title ?? null,
      date: attrs.date ?? null,
      confidence: attrs.confidence,
      count: attrs.evidence.length,
      docIds: attrs.evidence.map((e) => e.docId),
      sentences: attrs.evidence.map((e) => e.sentence),
      rules: attrs.evidence.map((e) => e.rule),
    });
  });
  const documents: DocumentRow[] = graph.getAttribute('documents').map((d) => ({
    id: d.id,
    uri: d.uri ?? null,
    title: d.title ?? null,
    url: d.url ?? null,
    published: d.published ?? null,
  }));
  const groups: RowGroup[] = [];
  for (const [label, rows] of [...entities].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    groups.push({ kind: 'entity', label, rows: rows.sort(byKey) });
  }
  if (documents.length > 0) groups.push({ kind: 'document', label: DOCUMENT_LABEL, rows: documents });
  for (const [to, rows] of [...mentions].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    rows.sort((a, b) => (a.docId + a.key < b.docId + b.key ? -1 : 1));
    if (rows.length > 0) groups.push({ kind: 'mention', type: MENTIONS_TYPE, to, rows });
  }
  for (const [, group] of [...relations].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    groups.push({ kind: 'relation', ...group, rows: group.rows.sort(byKey) });
  }
  return groups;
}

/** Split `rows` into batches of at most `size`. */
export function chunk<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
