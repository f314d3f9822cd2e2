// Small hand-made graphs for the render tests: a seed-like graph with hostile names, and a large random one.
import { edgeKey } from '../../src/graph/build.js';
import { createGraph } from '../../src/graph/create.js';
import type {
  CorpGraph,
  EdgeAttributes,
  NodeAttributes,
  RelationStatus,
  RelationType,
} from '../../src/types.js';
import { createRandom } from '../../src/util/random.js';

export const XSS_IMG = '<img src=x onerror=alert(1)>';
export const XSS_SCRIPT = '</script><script>alert(1)</script>';
export const MOU_SENTENCE =
  'Ascend signed the MOU with GEM Co., a Shenzhen-based firm, to recycle battery materials in Europe.';

function node(
  graph: CorpGraph,
  key: string,
  label: NodeAttributes['label'],
  name: string,
  aliases: string[] = [],
) {
  graph.addNode(key, { label, name, aliases, mentions: 1 + aliases.length, docIds: ['doc-a'] });
}

function edge(
  graph: CorpGraph,
  source: string,
  type: RelationType,
  target: string,
  status: RelationStatus,
  sentence: string,
  extra: Partial<EdgeAttributes> = {},
) {
  graph.addDirectedEdgeWithKey(edgeKey(source, type, status, target), source, target, {
    type,
    status,
    confidence: 0.9,
    evidence: [
      {
        docId: 'doc-a',
        sentence,
        start: 0,
        end: sentence.length,
        rule: `${type.toLowerCase()}-test`,
        confidence: 0.9,
      },
    ],
    ...extra,
  });
}

/** Ascend Elements, GEM Co., Linh Austin, BP (former), places, and two organizations with hostile names. */
export function seedLikeGraph(): CorpGraph {
  const graph = createGraph();
  graph.setAttribute('documents', [
    {
      id: 'doc-a',
      title: 'Ascend Elements and GEM sign MOU',
      url: 'https://example.com/ascend-gem',
      published: '2023-03-01',
    },
    { id: 'doc-x', title: XSS_SCRIPT, url: 'javascript:alert(1)' },
  ]);
  node(graph, 'org:ascend-elements', 'Organization', 'Ascend Elements', ['Ascend']);
  node(graph, 'org:gem-co', 'Organization', 'GEM Co.', ['GEM']);
  node(graph, 'org:bp', 'Organization', 'BP');
  node(graph, 'per:linh-austin', 'Person', 'Linh Austin', ['Austin']);
  node(graph, 'place:shenzhen', 'Place', 'Shenzhen');
  node(graph, 'place:westborough', 'Place', 'Westborough');
  node(graph, 'org:xss-img', 'Organization', XSS_IMG);
  node(graph, 'org:xss-script', 'Organization', XSS_SCRIPT, [XSS_IMG]);
  edge(graph, 'org:ascend-elements', 'SIGNED_MOU_WITH', 'org:gem-co', 'current', MOU_SENTENCE);
  edge(
    graph,
    'per:linh-austin',
    'CEO_OF',
    'org:ascend-elements',
    'current',
    'Linh Austin, CEO of Ascend Elements, said the deal matters.',
    {
      title: 'CEO',
    },
  );
  edge(
    graph,
    'org:bp',
    'INVESTED_IN',
    'org:ascend-elements',
    'former',
    'BP was a former investor in Ascend Elements.',
  );
  edge(graph, 'org:gem-co', 'BASED_IN', 'place:shenzhen', 'current', MOU_SENTENCE);
  edge(
    graph,
    'org:ascend-elements',
    'BASED_IN',
    'place:westborough',
    'current',
    'Westborough-based Ascend Elements grew.',
  );
  edge(graph, 'org:ascend-elements', 'ACQUIRED', 'org:xss-img', 'planned', `Ascend plans to buy ${XSS_IMG}.`);
  graph.addDirectedEdgeWithKey(
    edgeKey('org:xss-script', 'PARTNERED_WITH', 'proposed', 'org:gem-co'),
    'org:xss-script',
    'org:gem-co',
    {
      type: 'PARTNERED_WITH',
      status: 'proposed',
      confidence: 0.4,
      evidence: [
        {
          docId: 'doc-x',
          sentence: `${XSS_SCRIPT} is in talks with GEM.`,
          start: 0,
          end: 10,
          rule: 'xss',
          confidence: 0.4,
        },
      ],
    },
  );
  return graph;
}

const TYPES: RelationType[] = [
  'PARTNERED_WITH',
  'AGREEMENT_WITH',
  'INVESTED_IN',
  'ACQUIRED',
  'SUBSIDIARY_OF',
];
const STATUSES: RelationStatus[] = ['current', 'current', 'current', 'former', 'planned', 'proposed'];

/** `nodes` organizations and `edges` edges, preferential attachment, fixed seed. */
export function largeGraph(nodes = 5000, edges = 20_000, seed = 42): CorpGraph {
  const random = createRandom(seed);
  const graph = createGraph();
  graph.setAttribute('documents', [{ id: 'doc-big', title: 'Generated' }]);
  const keys: string[] = [];
  for (let i = 0; i < nodes; i++) {
    const label: NodeAttributes['label'] = i % 10 === 0 ? 'Person' : i % 7 === 0 ? 'Place' : 'Organization';
    const key = `n:${i}`;
    graph.addNode(key, { label, name: `Company ${i}`, aliases: [`C${i}`], mentions: 1, docIds: ['doc-big'] });
    keys.push(key);
  }
  const targets: string[] = [...keys];
  while (graph.size < edges) {
    const source = keys[Math.floor(random() * keys.length)]!;
    const target = targets[Math.floor(random() * targets.length)]!;
    if (source === target) continue;
    const type = TYPES[Math.floor(random() * TYPES.length)]!;
    const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
    const key = edgeKey(source, type, status, target);
    if (graph.hasEdge(key)) continue;
    const sentence = `${source} and ${target} (${type}).`;
    graph.addDirectedEdgeWithKey(key, source, target, {
      type,
      status,
      confidence: Math.round(random() * 100) / 100,
      evidence: [
        { docId: 'doc-big', sentence, start: 0, end: sentence.length, rule: 'gen', confidence: 0.5 },
      ],
    });
    targets.push(target);
  }
  return graph;
}
