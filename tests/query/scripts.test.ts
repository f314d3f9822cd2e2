// Every script in queries/ runs on the embedded engine with asserted results, and passes Neo4j's linter.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveQuery, runQuery } from '../../src/query/run.js';
import { isNeo4jTwin, listQueryScripts, parseScriptHeader } from '../../src/query/scripts.js';
import { openEmbeddedStore, writeEmbeddedStore } from '../../src/store/embedded.js';
import { neo4jLoadStatements } from '../../src/store/neo4j.js';
import { schemaVocabulary } from '../../src/store/schema.js';
import type { GraphStore, QueryResultTable } from '../../src/store/types.js';
import { buildFixtureGraph, DOC_MOU, HOSTILE_NAME, MOU_SENTENCE } from '../store/fixture-graph.js';

let dir: string;
let store: GraphStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpgraph-queries-'));
  await writeEmbeddedStore(buildFixtureGraph(), join(dir, 'db'));
  store = await openEmbeddedStore(join(dir, 'db'), { readOnly: true });
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

async function run(name: string, params: Record<string, unknown> = {}): Promise<QueryResultTable> {
  return runQuery(store, await resolveQuery(name, { params }));
}

/** For each script: a run with its defaults and/or parameters, and what the result must contain. */
const CASES: Record<string, (() => Promise<void>)[]> = {
  'mou-partners': [
    async () => {
      const r = await run('mou-partners');
      expect(r.rows).toEqual([
        {
          organization: 'Ascend Elements',
          partner: 'GEM Co.',
          status: 'current',
          confidence: 0.9,
          evidence: [MOU_SENTENCE],
          documents: [DOC_MOU],
        },
      ]);
    },
    async () => expect((await run('mou-partners', { org: 'GEM' })).rows).toHaveLength(1),
    async () => expect((await run('mou-partners', { org: 'Globex' })).rows).toHaveLength(0),
  ],
  deals: [
    async () => {
      const r = await run('deals');
      expect(r.rows.map((x) => [x.organization, x.deal, x.status, x.counterparty])).toEqual([
        ['Globex', 'ACQUIRED', 'planned', 'Initech'],
        ['Initech', 'AGREEMENT_WITH', 'proposed', HOSTILE_NAME],
      ]);
    },
  ],
  'org-people': [
    async () => {
      const r = await run('org-people');
      expect(r.rows).toEqual([
        {
          organization: 'Ascend Elements',
          person: 'Linh Austin',
          role: 'CEO_OF',
          title: 'president and CEO',
          status: 'current',
          evidence: ['Linh Austin, president and CEO of Ascend Elements, said the deal matters.'],
        },
      ]);
    },
    async () => {
      const r = await run('org-people', { org: 'org:acme-corp' });
      expect(r.rows.map((x) => [x.person, x.role, x.status])).toEqual([
        ['Jane Roe', 'BOARD_MEMBER_OF', 'current'],
        ['Linh Austin', 'EXECUTIVE_OF', 'former'],
      ]);
    },
  ],
  'orgs-by-place': [
    async () => {
      const r = await run('orgs-by-place', { place: 'Massachusetts' });
      expect(r.rows.map((x) => [x.organization, x.relation, x.via])).toEqual([
        ['Ascend Elements', 'BASED_IN', 'Massachusetts'],
        ['Ascend Elements', 'BASED_IN', 'Westborough'],
        ['GEM Co.', 'OPERATES_IN', 'Massachusetts'],
      ]);
    },
    async () => {
      const places = new Set((await run('orgs-by-place')).rows.map((x) => x.place));
      expect(places).toEqual(new Set(['Massachusetts', 'Shenzhen', 'Westborough']));
    },
  ],
  'partners-2-hops': [
    async () => {
      const r = await run('partners-2-hops');
      expect(r.rows.map((x) => [x.partner, x.partnerOfPartner])).toEqual([
        ['Acme Corp', 'Globex'],
        ['GEM Co.', null],
      ]);
    },
  ],
  'edge-evidence': [
    async () => {
      const r = await run('edge-evidence');
      expect(r.rows).toHaveLength(1);
      expect(r.rows[0]).toMatchObject({
        relation: 'SIGNED_MOU_WITH',
        sentences: [MOU_SENTENCE],
        rules: ['mou-signed-with'],
      });
    },
    async () => {
      const r = await run('edge-evidence', { a: 'Acme Corp', b: 'Ascend' });
      expect(r.rows).toHaveLength(1);
      expect(r.rows[0]).toMatchObject({ relation: 'PARTNERED_WITH', pieces: 2 });
      expect(r.rows[0]?.sentences).toHaveLength(2);
    },
  ],
  'most-connected': [
    async () => {
      const r = await run('most-connected', { limit: 2 });
      expect(r.rows.map((x) => [x.organization, x.neighbours])).toEqual([
        ['Ascend Elements', 5],
        ['Acme Corp', 4],
      ]);
    },
  ],
  'people-moves': [
    async () => {
      const r = await run('people-moves');
      expect(r.rows).toEqual([
        {
          person: 'Linh Austin',
          formerOrganization: 'Acme Corp',
          formerRole: 'EXECUTIVE_OF',
          formerTitle: 'vice president',
          currentOrganization: 'Ascend Elements',
          currentRole: 'CEO_OF',
          currentTitle: 'president and CEO',
        },
      ]);
    },
  ],
  'deals-by-status': [
    async () => {
      const r = await run('deals-by-status');
      expect(r.rows.map((x) => [x.status, x.relation, x.organization])).toEqual([
        ['planned', 'ACQUIRED', 'Globex'],
        ['proposed', 'AGREEMENT_WITH', 'Initech'],
      ]);
    },
    async () => expect((await run('deals-by-status', { statuses: ['former'] })).rows).toEqual([]),
  ],
  'shared-people': [
    async () => {
      const r = await run('shared-people');
      expect(r.rows).toEqual([
        {
          organization: 'Acme Corp',
          otherOrganization: 'Globex',
          person: 'Jane Roe',
          role: 'BOARD_MEMBER_OF',
          otherRole: 'BOARD_MEMBER_OF',
        },
      ]);
    },
    async () => {
      const r = await run('shared-people', { statuses: ['current', 'former'] });
      expect(r.rows.map((x) => [x.organization, x.otherOrganization, x.person])).toEqual([
        ['Acme Corp', 'Ascend Elements', 'Linh Austin'],
        ['Acme Corp', 'Globex', 'Jane Roe'],
      ]);
    },
  ],
  'document-facts': [
    async () => {
      const r = await run('document-facts', { doc: DOC_MOU });
      expect(r.rows.length).toBe(7);
      expect(r.rows.every((x) => x.document === DOC_MOU)).toBe(true);
      expect(r.rows.map((x) => x.relation)).toContain('SIGNED_MOU_WITH');
    },
    async () => {
      const r = await run('document-facts', { doc: 'Ascend Elements and GEM sign MOU' });
      expect(r.rows.length).toBe(7);
    },
  ],
  'connection-path': [
    async () => {
      const r = await run('connection-path', { from: 'Jane Roe', to: 'Initech' });
      expect(r.rows).toHaveLength(1);
      const row = r.rows[0] as { hops: number; chain: { properties: { name: string } }[] };
      expect(row.hops).toBe(2);
      expect(row.chain.map((n) => n.properties.name)).toEqual(['Jane Roe', 'Globex', 'Initech']);
    },
  ],
};

describe('queries/ on the embedded engine', async () => {
  const scripts = (await listQueryScripts()).filter((s) => !isNeo4jTwin(s.file));

  it('ships at least 10 scripts, each with a description and a test case here', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(10);
    for (const s of scripts) {
      expect(s.description, s.name).not.toBe('');
      expect(CASES[s.name], `no test case for ${s.name}`).toBeDefined();
    }
  });

  for (const s of scripts) {
    it(`${s.name} runs with asserted, non-empty results`, async () => {
      for (const check of CASES[s.name] ?? []) await check();
    });
  }

  it('every script runs with its header defaults alone', async () => {
    for (const s of scripts) {
      const r = await runQuery(store, await resolveQuery(s.file));
      expect(Array.isArray(r.rows), s.name).toBe(true);
    }
  });
});

describe("Neo4j's parser and semantic analysis", async () => {
  const vocabulary = schemaVocabulary();
  const lint = (cypher: string, parameters: Record<string, unknown>) => {
    // Why: the linter cannot tell the keys of a `row` map from property keys, so declare them too.
    const propertyKeys = [...vocabulary.propertyKeys, 'docId', 'source', 'target'];
    const { diagnostics } = lintCypherQuery(cypher, { ...vocabulary, propertyKeys, parameters });
    return diagnostics.map(
      (d) => `${d.severity === 1 ? 'error' : 'warning'} ${d.offsets.start}: ${d.message}`,
    );
  };
  const scripts = await listQueryScripts();
  const twins = new Set(
    scripts.filter((s) => isNeo4jTwin(s.file)).map((s) => s.name.replace(/\.neo4j$/, '')),
  );

  for (const s of scripts) {
    if (twins.has(s.name)) continue; // Linted through its .neo4j.cypher twin, which Neo4j runs instead.
    it(`lints ${s.name} with zero errors and warnings`, async () => {
      const text = await readFile(s.file, 'utf8');
      const header = parseScriptHeader(text);
      const params: Record<string, unknown> = {};
      for (const p of header.params) params[p] = header.defaults[p] ?? '';
      expect(lint(text, params)).toEqual([]);
    });
  }

  it('lints every statement the Neo4j loader sends with zero errors and warnings', () => {
    const statements = neo4jLoadStatements(buildFixtureGraph());
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) expect(lint(statement, { rows: [] }), statement).toEqual([]);
  });

  it('the linter does catch a malformed statement (the check can fail)', () => {
    expect(lint('MATCH (a:Organization RETURN a', {}).some((d) => d.startsWith('error'))).toBe(true);
  });
});
