// Build the corporate graph: merge each document's resolved mentions and relations into Graphology.
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
} from '../types.js';
import { lowerBound } from '../util/lower-bound.js';
import { createGraph } from './create.js';

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

// Why: binary insertion instead of push + sort keeps hub nodes (a country in thousands of articles)
// and the documents list O(log n) per lookup over whole archives; the order is the same as sort().
function insertSorted(list: string[], value: string): void {
  const at = lowerBound(list, (item) => item < value);
  if (list[at] === value) return;
  list.splice(at, 0, value);
}

// Why: `documents` lives in a graph attribute that import/replaceAttributes may swap; index the array
// object itself so a swapped array gets a fresh index.
const documentIndex = new WeakMap<DocumentInfo[], Set<string>>();

function documentIds(documents: DocumentInfo[]): Set<string> {
  let ids = documentIndex.get(documents);
  if (!ids || ids.size !== documents.length) {
    ids = new Set(documents.map((d) => d.id));
    documentIndex.set(documents, ids);
  }
  return ids;
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
  const ids = documentIds(documents);
  if (ids.has(info.id)) return false;
  documents.splice(
    lowerBound(documents, (d) => d.id < info.id),
    0,
    info,
  );
  ids.add(info.id);
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

function addRelation(
  graph: CorpGraph,
  rel: RelationMention,
  extraction: Extraction,
  byId: ReadonlyMap<string, Mention>,
): void {
  const subject = byId.get(rel.subject);
  const object = byId.get(rel.object);
  // A founding date is a property of the organization, not an edge.
  if (rel.type === 'FOUNDED_ON') {
    if (subject?.key && object && graph.hasNode(subject.key)) {
      const attrs = graph.getNodeAttributes(subject.key);
      attrs.founded ??= [];
      insertSorted(attrs.founded, object.text);
    }
    return;
  }
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
  // Why: insert after every element that sorts before or equal, exactly where a stable sort puts it.
  const at = lowerBound(
    attrs.evidence,
    (e) => e.docId < evidence.docId || (e.docId === evidence.docId && e.start <= evidence.start),
  );
  attrs.evidence.splice(at, 0, evidence);
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
  const byId = new Map(extraction.mentions.map((m) => [m.id, m]));
  for (const relation of extraction.relations) addRelation(graph, relation, extraction, byId);
  return true;
}

/** Build a graph from extractions (convenience over `createGraph` + `addExtraction`). */
export function buildGraph(extractions: Iterable<Extraction>, graph: CorpGraph = createGraph()): CorpGraph {
  for (const extraction of extractions) addExtraction(graph, extraction);
  return graph;
}

/** Whether the graph already holds a document with this content id. */
export function hasDocument(graph: CorpGraph, docId: string): boolean {
  return documentIds(graph.getAttribute('documents')).has(docId);
}
