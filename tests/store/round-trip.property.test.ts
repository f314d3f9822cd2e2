// Arbitrary text (seeded fast-check sample) round-trips through the embedded store on both load paths.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { edgeKey } from '../../src/graph/build.js';
import { createGraph } from '../../src/graph/create.js';
import { isCsvEncodable } from '../../src/store/csv-copy.js';
import { openEmbeddedStore, writeEmbeddedStore } from '../../src/store/embedded.js';
import { graphToRowGroups } from '../../src/store/rows.js';
import { readStoreAsGraphSnapshot, snapshotGraph } from './snapshot.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpgraph-prop-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Text that breaks naive quoting, plus arbitrary Unicode (whole code points: graph text is valid UTF-16).
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.constantFrom(
    '"',
    "'",
    '`',
    '$rows',
    '\\',
    '\n',
    '\r\n',
    '\t',
    '<script>alert(1)</script>',
    'MATCH (n) DETACH DELETE n',
    ',',
    '[',
    ']',
    ';',
    '\u0000',
    '\u0001',
    '\u001e',
  ),
);
const text = fc.array(nasty, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

it('hostile and random names, aliases and sentences round-trip exactly (COPY and MERGE paths)', async () => {
  const names = fc.sample(text, { numRuns: 700, seed: 20240301 });
  const graph = createGraph();
  graph.setAttribute('documents', [{ id: 'doc-1', title: names[0] ?? 'x' }]);
  // 650 organizations (bulk COPY path) and 50 people (batched MERGE path).
  names.forEach((raw, i) => {
    // Why: a NUL can make the COPY reader reject the file, so isCsvEncodable sends NUL to the MERGE path;
    // the COPY-path organizations carry none (the people, on the MERGE path, keep theirs).
    const name = i < 650 ? raw.replaceAll('\u0000', '') || 'x' : raw;
    const key = i < 650 ? `org:${i}` : `person:${i}`;
    const label = i < 650 ? 'Organization' : 'Person';
    graph.addNode(key, { label, name, aliases: [name, `${name}!`], mentions: 1, docIds: ['doc-1'] });
  });
  for (let i = 0; i + 1 < 650; i++) {
    const sentence = names[(i * 7) % names.length] ?? '';
    graph.addDirectedEdgeWithKey(
      edgeKey(`org:${i}`, 'PARTNERED_WITH', 'current', `org:${i + 1}`),
      `org:${i}`,
      `org:${i + 1}`,
      {
        type: 'PARTNERED_WITH',
        status: 'current',
        confidence: i % 3 === 0 ? 1 : 0.5,
        evidence: [{ docId: 'doc-1', sentence, start: 0, end: sentence.length, rule: 'r', confidence: 0.5 }],
      },
    );
  }
  // The organizations must take the CSV COPY path (nothing in them CSV cannot carry), or this tests less.
  const organizations = graphToRowGroups(graph).find(
    (g) => g.kind === 'entity' && g.label === 'Organization',
  );
  expect(organizations && organizations.rows.length >= 500 && isCsvEncodable(organizations)).toBe(true);
  for (const mode of ['replace', 'upsert'] as const) {
    await writeEmbeddedStore(graph, join(dir, mode), { mode });
    const store = await openEmbeddedStore(join(dir, mode), { readOnly: true });
    try {
      expect(await readStoreAsGraphSnapshot(store)).toEqual(snapshotGraph(graph));
    } finally {
      await store.close();
    }
  }
});
