// A larger synthetic graph (seeded, deterministic) for the bulk COPY path and for measurements.
import { edgeKey } from '../../src/graph/build.js';
import { createGraph } from '../../src/graph/create.js';
import type { CorpGraph, RelationType } from '../../src/types.js';
import { createRandom } from '../../src/util/random.js';
import { HOSTILE_NAME } from './fixture-graph.js';

const ORG_TYPES: RelationType[] = ['PARTNERED_WITH', 'AGREEMENT_WITH', 'ACQUIRED', 'INVESTED_IN'];

/** `orgs` organizations, orgs/2 people, orgs/10 places and about `relsPerOrg` relationships per organization. */
export function buildSyntheticGraph(orgs: number, relsPerOrg = 3, seed = 42): CorpGraph {
  const random = createRandom(seed);
  const g = createGraph();
  const docs = Math.max(1, Math.floor(orgs / 20));
  g.setAttribute(
    'documents',
    Array.from({ length: docs }, (_, i) => ({
      id: `doc-${String(i).padStart(6, '0')}`,
      title: `Article ${i}`,
    })),
  );
  const doc = (): string => `doc-${String(Math.floor(random() * docs)).padStart(6, '0')}`;
  const people = Math.max(1, Math.floor(orgs / 2));
  const places = Math.max(1, Math.floor(orgs / 10));
  for (let i = 0; i < orgs; i++) {
    const name = i % 97 === 0 ? `${HOSTILE_NAME} #${i}` : `Org ${i}`;
    g.addNode(`org:${i}`, {
      label: 'Organization',
      name,
      aliases: i % 2 ? [] : [name, `O${i}`],
      mentions: 1,
      docIds: [doc()],
    });
  }
  for (let i = 0; i < people; i++) {
    g.addNode(`person:${i}`, {
      label: 'Person',
      name: `Person ${i}`,
      aliases: [],
      mentions: 2,
      docIds: [doc()],
    });
  }
  for (let i = 0; i < places; i++) {
    g.addNode(`place:${i}`, {
      label: 'Place',
      name: `Place ${i}`,
      aliases: [],
      mentions: 1,
      docIds: [doc()],
    });
  }
  const add = (source: string, type: RelationType, target: string): void => {
    const status = random() < 0.8 ? 'current' : 'planned';
    const key = edgeKey(source, type, status, target);
    if (source === target || g.hasEdge(key)) return;
    const sentence = `${source} ${type} ${target}, "quoted" and \`ticked\`.`;
    // Why: some confidences are whole numbers (1) beside fractions, the case LadybugDB lists trip on.
    const confidence = random() < 0.1 ? 1 : Math.round(random() * 1000) / 1000;
    g.addDirectedEdgeWithKey(key, source, target, {
      type,
      status,
      confidence,
      evidence: [{ docId: doc(), sentence, start: 0, end: sentence.length, rule: 'synthetic', confidence }],
    });
  };
  for (let i = 0; i < orgs; i++) {
    for (let j = 0; j < relsPerOrg - 1; j++) {
      add(`org:${i}`, ORG_TYPES[j % ORG_TYPES.length] as RelationType, `org:${Math.floor(random() * orgs)}`);
    }
    add(`org:${i}`, 'BASED_IN', `place:${Math.floor(random() * places)}`);
  }
  for (let i = 0; i < people; i++) add(`person:${i}`, 'CEO_OF', `org:${Math.floor(random() * orgs)}`);
  return g;
}
