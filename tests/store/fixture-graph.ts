// A small seed-like corporate graph for store and query tests, including hostile names.
import { edgeKey } from '../../src/graph/build.js';
import { createGraph } from '../../src/graph/create.js';
import type { CorpGraph, NodeLabel, RelationStatus, RelationType } from '../../src/types.js';

/** A name built to break naive quoting: quotes, backticks, `$`, newline, `<script>`, a Cypher keyword. */
export const HOSTILE_NAME =
  'Evil "Quote" \'Co\' `tick` $rows\nMATCH (n) DETACH DELETE n; <script>alert(1)</script>';

export const DOC_MOU = 'doc-mou';
export const DOC_PEOPLE = 'doc-people';
export const DOC_DEALS = 'doc-deals';

export const MOU_SENTENCE =
  'Ascend Elements signed a memorandum of understanding with GEM Co., Ltd. to cooperate on battery materials.';

function node(
  graph: CorpGraph,
  key: string,
  label: NodeLabel,
  name: string,
  docIds: string[],
  aliases: string[] = [],
): void {
  graph.addNode(key, { label, name, aliases, mentions: docIds.length, docIds });
}

function edge(
  graph: CorpGraph,
  source: string,
  type: RelationType,
  status: RelationStatus,
  target: string,
  evidence: { docId: string; sentence: string; rule: string; confidence: number }[],
  title?: string,
): void {
  const confidence = Math.round((1 - evidence.reduce((m, e) => m * (1 - e.confidence), 1)) * 1000) / 1000;
  graph.addDirectedEdgeWithKey(edgeKey(source, type, status, target), source, target, {
    type,
    status,
    ...(title ? { title } : {}),
    confidence,
    evidence: evidence.map((e) => ({ ...e, start: 0, end: e.sentence.length })),
  });
}

/** Build the fixture graph (a new instance every call). */
export function buildFixtureGraph(): CorpGraph {
  const g = createGraph();
  g.setAttribute('documents', [
    { id: DOC_DEALS, title: 'Deals roundup', published: '2024-03-02' },
    {
      id: DOC_MOU,
      uri: 'seeds/ascend-gem-mou.txt',
      title: 'Ascend Elements and GEM sign MOU',
      url: 'https://example.com/mou',
    },
    { id: DOC_PEOPLE, title: `People moves ${HOSTILE_NAME}` },
  ]);
  node(
    g,
    'org:ascend-elements',
    'Organization',
    'Ascend Elements',
    [DOC_MOU, DOC_PEOPLE],
    ['Ascend', 'Ascend Elements'],
  );
  node(g, 'org:gem', 'Organization', 'GEM Co.', [DOC_MOU], ['GEM', 'GEM Co.', 'GEM Co., Ltd.']);
  node(g, 'org:acme-corp', 'Organization', 'Acme Corp', [DOC_DEALS, DOC_PEOPLE]);
  node(g, 'org:globex', 'Organization', 'Globex', [DOC_DEALS]);
  node(g, 'org:initech', 'Organization', 'Initech', [DOC_DEALS]);
  node(g, 'org:evil', 'Organization', HOSTILE_NAME, [DOC_DEALS], [HOSTILE_NAME, '`MATCH`']);
  node(g, 'person:linh-austin', 'Person', 'Linh Austin', [DOC_MOU, DOC_PEOPLE]);
  node(g, 'person:jane-roe', 'Person', 'Jane Roe', [DOC_PEOPLE]);
  node(g, 'person:sam-poe', 'Person', 'Sam Poe', [DOC_PEOPLE]);
  node(g, 'place:westborough', 'Place', 'Westborough', [DOC_MOU]);
  node(g, 'place:massachusetts', 'Place', 'Massachusetts', [DOC_MOU]);
  node(g, 'place:shenzhen', 'Place', 'Shenzhen', [DOC_MOU]);

  edge(g, 'org:ascend-elements', 'SIGNED_MOU_WITH', 'current', 'org:gem', [
    { docId: DOC_MOU, sentence: MOU_SENTENCE, rule: 'mou-signed-with', confidence: 0.9 },
  ]);
  edge(
    g,
    'person:linh-austin',
    'CEO_OF',
    'current',
    'org:ascend-elements',
    [
      {
        docId: DOC_MOU,
        sentence: 'Linh Austin, president and CEO of Ascend Elements, said the deal matters.',
        rule: 'appositive-title-of',
        confidence: 0.9,
      },
    ],
    'president and CEO',
  );
  edge(
    g,
    'person:linh-austin',
    'EXECUTIVE_OF',
    'former',
    'org:acme-corp',
    [
      {
        docId: DOC_PEOPLE,
        sentence: 'Austin previously served as vice president at Acme Corp.',
        rule: 'previously-served',
        confidence: 0.7,
      },
    ],
    'vice president',
  );
  edge(g, 'person:jane-roe', 'BOARD_MEMBER_OF', 'current', 'org:acme-corp', [
    {
      docId: DOC_PEOPLE,
      sentence: 'Jane Roe sits on the boards of Acme Corp and Globex.',
      rule: 'board-of',
      confidence: 0.8,
    },
  ]);
  edge(g, 'person:jane-roe', 'BOARD_MEMBER_OF', 'current', 'org:globex', [
    {
      docId: DOC_PEOPLE,
      sentence: 'Jane Roe sits on the boards of Acme Corp and Globex.',
      rule: 'board-of',
      confidence: 0.8,
    },
  ]);
  edge(
    g,
    'person:sam-poe',
    'WORKS_FOR',
    'current',
    'org:evil',
    [
      {
        docId: DOC_PEOPLE,
        sentence: `Sam Poe, a spokesperson for ${HOSTILE_NAME}, declined to comment.`,
        rule: 'spokesperson-for',
        confidence: 1,
      },
    ],
    'spokesperson',
  );
  edge(g, 'org:ascend-elements', 'BASED_IN', 'current', 'place:westborough', [
    {
      docId: DOC_MOU,
      sentence: 'Westborough, Massachusetts-based Ascend Elements recycles batteries.',
      rule: 'x-based',
      confidence: 0.85,
    },
  ]);
  edge(g, 'org:ascend-elements', 'BASED_IN', 'current', 'place:massachusetts', [
    {
      docId: DOC_MOU,
      sentence: 'Westborough, Massachusetts-based Ascend Elements recycles batteries.',
      rule: 'x-based',
      confidence: 0.85,
    },
  ]);
  edge(g, 'org:gem', 'BASED_IN', 'current', 'place:shenzhen', [
    { docId: DOC_MOU, sentence: 'GEM Co., Ltd. is based in Shenzhen.', rule: 'based-in', confidence: 0.9 },
  ]);
  edge(g, 'place:westborough', 'LOCATED_IN', 'current', 'place:massachusetts', [
    {
      docId: DOC_MOU,
      sentence: 'Westborough, Massachusetts-based Ascend Elements recycles batteries.',
      rule: 'city-comma-state',
      confidence: 0.8,
    },
  ]);
  edge(g, 'org:ascend-elements', 'PARTNERED_WITH', 'current', 'org:acme-corp', [
    {
      docId: DOC_DEALS,
      sentence: 'Ascend Elements partnered with Acme Corp on cathode materials.',
      rule: 'partnered-with',
      confidence: 0.8,
    },
    {
      docId: DOC_PEOPLE,
      sentence: 'Acme Corp and Ascend Elements extended their partnership.',
      rule: 'partnership-between',
      confidence: 0.6,
    },
  ]);
  edge(g, 'org:acme-corp', 'PARTNERED_WITH', 'current', 'org:globex', [
    {
      docId: DOC_DEALS,
      sentence: 'Acme Corp teamed up with Globex.',
      rule: 'teamed-up-with',
      confidence: 0.75,
    },
  ]);
  edge(g, 'org:globex', 'ACQUIRED', 'planned', 'org:initech', [
    {
      docId: DOC_DEALS,
      sentence: 'Globex agreed to acquire Initech.',
      rule: 'agreed-to-acquire',
      confidence: 0.85,
    },
  ]);
  edge(g, 'org:initech', 'AGREEMENT_WITH', 'proposed', 'org:evil', [
    {
      docId: DOC_DEALS,
      sentence: `Initech is in talks with ${HOSTILE_NAME} over a supply agreement.`,
      rule: 'in-talks-with',
      confidence: 0.6,
    },
  ]);
  edge(g, 'org:gem', 'OPERATES_IN', 'current', 'place:massachusetts', [
    {
      docId: DOC_MOU,
      sentence: 'GEM Co., Ltd. will operate a plant in Massachusetts.',
      rule: 'plant-in',
      confidence: 1,
    },
  ]);
  return g;
}
