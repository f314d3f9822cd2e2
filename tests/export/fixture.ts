// Test graphs for the exporters: an ordinary one and one full of hostile names.

import { edgeKey } from '../../src/graph/build.js';
import { createGraph } from '../../src/graph/create.js';
import type { CorpGraph, EdgeAttributes, Evidence, NodeAttributes } from '../../src/types.js';

/** Names that break naive writers: markup, quotes, separators, line breaks, emoji, RTL, controls. */
export const HOSTILE_NAMES = [
  '<script>alert("x")</script>',
  `O'Reilly "Media" & Sons, Ltd.`,
  'Line\nbreak\r\nand\rcarriage\ttab',
  'Emoji 🚀 Corp 👩‍💻',
  'شركة أرامكو السعودية',
  'RTL\u202Eoverride\u202C and zero\u200Bwidth',
  'NUL\u0000 BEL\u0007 ESC\u001B VT\u000B FF\u000C',
  'pipe | semi ; comma , eq =1+1 @at -minus',
  '  leading and trailing spaces  ',
  ']]> CDATA end &amp; entity &#0;',
  'MATCH (n) DETACH DELETE n //',
  '\uFFFE\uFFFF lone \uD800 surrogate \uDC00',
  '',
];

function evidence(
  docId: string,
  sentence: string,
  start: number,
  rule = 'test-rule',
  confidence = 0.8,
): Evidence {
  return { docId, sentence, start, end: start + sentence.length, rule, confidence };
}

function node(label: NodeAttributes['label'], name: string, aliases: string[] = [name]): NodeAttributes {
  return { label, name, aliases, mentions: aliases.length, docIds: ['doc-a'] };
}

/** A small ordinary graph: two organizations, a person, two places, five edges. */
export function sampleGraph(): CorpGraph {
  const graph = createGraph();
  graph.setAttribute('documents', [
    { id: 'doc-a', uri: 'seeds/a.txt', title: 'Ascend and GEM sign MOU' },
    { id: 'doc-b', uri: 'seeds/b.txt' },
  ]);
  graph.addNode('org:ascend-elements', {
    label: 'Organization',
    name: 'Ascend Elements',
    aliases: ['Ascend', 'Ascend Elements'],
    mentions: 5,
    docIds: ['doc-a', 'doc-b'],
  });
  graph.addNode('org:gem', node('Organization', 'GEM Co.', ['GEM', 'GEM Co.']));
  graph.addNode('person:linh-austin', node('Person', 'Linh Austin', ['Austin', 'Linh Austin']));
  graph.addNode('place:westborough', node('Place', 'Westborough'));
  graph.addNode('place:shenzhen', node('Place', 'Shenzhen'));
  const add = (source: string, target: string, attrs: EdgeAttributes) => {
    graph.addDirectedEdgeWithKey(edgeKey(source, attrs.type, attrs.status, target), source, target, attrs);
  };
  add('person:linh-austin', 'org:ascend-elements', {
    type: 'CEO_OF',
    status: 'current',
    title: 'president and CEO',
    confidence: 0.9,
    evidence: [
      evidence('doc-a', 'Linh Austin, president and CEO of Ascend Elements, said.', 0, 'appositive', 0.9),
    ],
  });
  add('person:linh-austin', 'org:ascend-elements', {
    type: 'PRESIDENT_OF',
    status: 'current',
    title: 'president and CEO',
    confidence: 0.9,
    evidence: [
      evidence('doc-a', 'Linh Austin, president and CEO of Ascend Elements, said.', 0, 'appositive', 0.9),
    ],
  });
  add('org:ascend-elements', 'org:gem', {
    type: 'SIGNED_MOU_WITH',
    status: 'current',
    date: '2024-05-01',
    confidence: 0.96,
    evidence: [
      evidence('doc-a', 'Ascend Elements signed an MOU with GEM.', 60),
      evidence('doc-b', 'They signed.', 3),
    ],
  });
  add('org:ascend-elements', 'place:westborough', {
    type: 'BASED_IN',
    status: 'current',
    confidence: 0.7,
    evidence: [evidence('doc-a', 'Westborough-based Ascend Elements', 100, 'x-based', 0.7)],
  });
  add('org:gem', 'place:shenzhen', {
    type: 'BASED_IN',
    status: 'former',
    confidence: 1,
    evidence: [evidence('doc-b', 'GEM, a Shenzhen-based firm', 20, 'x-based', 1)],
  });
  return graph;
}

/** A graph whose names, aliases, titles and evidence are all hostile strings. */
export function hostileGraph(): CorpGraph {
  const graph = createGraph();
  graph.setAttribute('documents', [{ id: 'doc-<&>', title: 'Title "quoted" <b>bold</b>\nnext line' }]);
  const keys: string[] = [];
  HOSTILE_NAMES.forEach((name, i) => {
    const key = `org:hostile-${String(i).padStart(2, '0')}`;
    keys.push(key);
    graph.addNode(key, {
      label: i % 3 === 0 ? 'Organization' : i % 3 === 1 ? 'Person' : 'Place',
      name,
      aliases: [name, `${name} alias`, 'plain'],
      mentions: i + 1,
      docIds: ['doc-<&>'],
    });
  });
  // A key with markup and a quote (keys come from slugs, but nothing should depend on that).
  graph.addNode('org:"quoted"&<key>', node('Organization', 'Quoted Key'));
  keys.push('org:"quoted"&<key>');
  keys.forEach((source, i) => {
    const target = keys[(i + 1) % keys.length] as string;
    const name = HOSTILE_NAMES[i % HOSTILE_NAMES.length] as string;
    graph.addDirectedEdgeWithKey(edgeKey(source, 'PARTNERED_WITH', 'planned', target), source, target, {
      type: 'PARTNERED_WITH',
      status: 'planned',
      title: name,
      confidence: 0.123456789,
      evidence: [evidence('doc-<&>', `${name} partnered with "them", 50% & more`, i * 10, `rule-${i}`, 0.5)],
    });
  });
  return graph;
}

/** Whether a string has characters XML 1.0 cannot carry (those become U+FFFD in XML text). */
export function hasXmlForbidden(text: string): boolean {
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
    text,
  );
}

/** Comparable form of a graph: nodes and edges sorted by key, with their attributes. */
export function snapshot(graph: CorpGraph): {
  nodes: [string, unknown][];
  edges: [string, string, string, unknown][];
} {
  return {
    nodes: graph
      .nodes()
      .sort()
      .map((k) => [k, graph.getNodeAttributes(k)]),
    edges: graph
      .edges()
      .sort()
      .map((k) => [k, graph.source(k), graph.target(k), graph.getEdgeAttributes(k)]),
  };
}

/** Whether XML text has a bare `&` or a character reference to a character other than tab, LF or CR. */
export function hasBadXmlReference(xml: string): boolean {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(xml)) return true;
  for (const m of xml.matchAll(/&#(x?)([0-9a-fA-F]+);/g)) {
    const code = Number.parseInt(m[2] ?? '', m[1] ? 16 : 10);
    if (code < 0x20 && code !== 9 && code !== 10 && code !== 13) return true;
  }
  return false;
}
