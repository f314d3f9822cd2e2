// The graph builder as it was before the indexing work (linear scans, push + sort): the reference the
// optimised src/graph/build.ts must match byte for byte. Test-only; do not use elsewhere.

import { createGraph } from '../../src/graph/create.js';
import type {
  CorpGraph,
  DocumentInfo,
  EdgeAttributes,
  Evidence,
  Extraction,
  Mention,
  NodeLabel,
  RelationMention,
  RelationType,
} from '../../src/types.js';

/** Relationship types whose direction carries no meaning (first-named party is the subject). */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set([
  'SIGNED_MOU_WITH',
  'AGREEMENT_WITH',
  'PARTNERED_WITH',
  'JOINT_VENTURE_WITH',
  'MERGED_WITH',
]);

/** Deterministic edge key: one edge per (subject, type, status, object). */
export function edgeKey(source: string, type: RelationType, status: string, target: string): string {
  return `${source}|${type}|${status}|${target}`;
}

/** Combine independent confidences: the chance that at least one piece of evidence is right. */
export function combineConfidence(values: readonly number[]): number {
  let miss = 1;
  for (const v of values) miss *= 1 - v;
  return Math.round((1 - miss) * 1000) / 1000;
}

function insertSorted(list: string[], value: string): void {
  if (list.includes(value)) return;
  list.push(value);
  list.sort();
}

/** The fuller of two names wins (longer, then lexicographically smaller), so merge order never matters. */
function preferName(a: string, b: string): string {
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a < b ? a : b;
}

function isNodeLabel(type: Mention['type']): type is NodeLabel {
  return type === 'Organization' || type === 'Person' || type === 'Place';
}

function addDocument(graph: CorpGraph, info: DocumentInfo): boolean {
  const documents = graph.getAttribute('documents');
  if (documents.some((d) => d.id === info.id)) return false;
  documents.push(info);
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return true;
}

function addMention(graph: CorpGraph, mention: Mention, docId: string): void {
  if (!mention.key || !isNodeLabel(mention.type) || mention.source === 'pronoun') return;
  const name = mention.canonical ?? mention.text;
  if (!graph.hasNode(mention.key)) {
    graph.addNode(mention.key, { label: mention.type, name, aliases: [], mentions: 0, docIds: [] });
  }
  const attrs = graph.getNodeAttributes(mention.key);
  attrs.name = preferName(attrs.name, name);
  insertSorted(attrs.aliases, mention.text);
  if (name !== mention.text) insertSorted(attrs.aliases, name);
  attrs.mentions += 1;
  insertSorted(attrs.docIds, docId);
}

function addRelation(graph: CorpGraph, rel: RelationMention, extraction: Extraction): void {
  const byId = new Map(extraction.mentions.map((m) => [m.id, m]));
  const subject = byId.get(rel.subject);
  const object = byId.get(rel.object);
  if (!subject?.key || !object?.key || subject.key === object.key) return;
  if (!graph.hasNode(subject.key) || !graph.hasNode(object.key)) return;
  let source = subject.key;
  let target = object.key;
  // Why: a symmetric fact stated as "B and A" in another article is the same edge as "A and B".
  if (SYMMETRIC_TYPES.has(rel.type) && graph.hasEdge(edgeKey(target, rel.type, rel.status, source))) {
    [source, target] = [target, source];
  }
  const key = edgeKey(source, rel.type, rel.status, target);
  const { text } = extraction.doc;
  const evidence: Evidence = {
    docId: extraction.doc.id,
    sentence: text.slice(rel.sentence.start, rel.sentence.end),
    start: rel.sentence.start,
    end: rel.sentence.end,
    rule: rel.rule,
    confidence: rel.confidence,
  };
  if (!graph.hasEdge(key)) {
    const attrs: EdgeAttributes = { type: rel.type, status: rel.status, confidence: 0, evidence: [] };
    if (rel.title) attrs.title = rel.title;
    if (rel.date) attrs.date = rel.date;
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  const attrs = graph.getEdgeAttributes(key);
  const duplicate = attrs.evidence.some(
    (e) => e.docId === evidence.docId && e.start === evidence.start && e.rule === evidence.rule,
  );
  if (duplicate) return;
  attrs.evidence.push(evidence);
  attrs.evidence.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.start - b.start));
  if (!attrs.title && rel.title) attrs.title = rel.title;
  if (!attrs.date && rel.date) attrs.date = rel.date;
  attrs.confidence = combineConfidence(attrs.evidence.map((e) => e.confidence));
}

/**
 * Merge one document's extraction into `graph`. A document already in the graph (same content id) is
 * skipped, so re-adding changes nothing. Returns whether the document was new.
 */
export function addExtraction(graph: CorpGraph, extraction: Extraction): boolean {
  const { doc } = extraction;
  const info: DocumentInfo = { id: doc.id };
  if (doc.uri !== undefined) info.uri = doc.uri;
  if (doc.title !== undefined) info.title = doc.title;
  if (doc.url !== undefined) info.url = doc.url;
  if (doc.published !== undefined) info.published = doc.published;
  if (!addDocument(graph, info)) return false;
  for (const mention of extraction.mentions) addMention(graph, mention, doc.id);
  for (const relation of extraction.relations) addRelation(graph, relation, extraction);
  return true;
}

/** Build a graph from extractions (convenience over `createGraph` + `addExtraction`). */
export function buildGraph(extractions: Iterable<Extraction>, graph: CorpGraph = createGraph()): CorpGraph {
  for (const extraction of extractions) addExtraction(graph, extraction);
  return graph;
}

/** Whether the graph already holds a document with this content id. */
export function hasDocument(graph: CorpGraph, docId: string): boolean {
  return graph.getAttribute('documents').some((d) => d.id === docId);
}
