// graphStats counts and formatStats tables.
import { describe, expect, it } from 'vitest';
import { edgeKey } from '../../src/graph/build.js';
import { createGraph } from '../../src/graph/create.js';
import { formatStats, graphStats } from '../../src/graph/stats.js';
import { hostileGraph, sampleGraph } from '../export/fixture.js';

describe('graphStats', () => {
  it('counts nodes by label, edges by type and status, documents and evidence', () => {
    const stats = graphStats(sampleGraph());
    expect(stats).toMatchObject({ nodes: 5, edges: 5, documents: 2, evidence: 6 });
    expect(stats.byLabel).toEqual({ Organization: 2, Person: 1, Place: 2 });
    expect(stats.byType).toEqual({ BASED_IN: 2, CEO_OF: 1, PRESIDENT_OF: 1, SIGNED_MOU_WITH: 1 });
    expect(Object.keys(stats.byType)).toEqual(['BASED_IN', 'CEO_OF', 'PRESIDENT_OF', 'SIGNED_MOU_WITH']);
    expect(stats.byStatus).toEqual({ current: 4, former: 1, planned: 0, proposed: 0 });
    expect(stats.byTypeAndStatus.BASED_IN).toEqual({ current: 1, former: 1, planned: 0, proposed: 0 });
  });

  it('ranks organizations by degree, ties by name, limited to top', () => {
    const stats = graphStats(sampleGraph());
    expect(stats.topOrganizations).toEqual([
      { key: 'org:ascend-elements', name: 'Ascend Elements', degree: 4, inDegree: 2, outDegree: 2 },
      { key: 'org:gem', name: 'GEM Co.', degree: 2, inDegree: 1, outDegree: 1 },
    ]);
    expect(graphStats(sampleGraph(), { top: 1 }).topOrganizations.map((o) => o.key)).toEqual([
      'org:ascend-elements',
    ]);
    expect(graphStats(sampleGraph(), { top: 0 }).topOrganizations).toEqual([]);
  });

  it('counts parallel edges (same pair, different types) separately in the degree', () => {
    const graph = createGraph();
    for (const name of ['B', 'A', 'C']) {
      graph.addNode(`org:${name.toLowerCase()}`, {
        label: 'Organization',
        name,
        aliases: [],
        mentions: 1,
        docIds: [],
      });
    }
    for (const type of ['PARTNERED_WITH', 'AGREEMENT_WITH'] as const) {
      graph.addDirectedEdgeWithKey(edgeKey('org:a', type, 'current', 'org:b'), 'org:a', 'org:b', {
        type,
        status: 'current',
        confidence: 1,
        evidence: [],
      });
    }
    const stats = graphStats(graph);
    expect(stats.topOrganizations.map((o) => [o.name, o.degree])).toEqual([
      ['A', 2],
      ['B', 2],
      ['C', 0],
    ]);
    expect(stats.evidence).toBe(0);
  });

  it('gives zeros for an empty graph', () => {
    const stats = graphStats(createGraph());
    expect(stats).toMatchObject({ nodes: 0, edges: 0, documents: 0, evidence: 0, byType: {} });
    expect(stats.byLabel).toEqual({ Organization: 0, Person: 0, Place: 0 });
    expect(formatStats(stats)).toContain('nodes      0');
  });
});

describe('formatStats', () => {
  it('prints aligned tables of labels, relationships by status and top organizations', () => {
    const text = formatStats(graphStats(sampleGraph()));
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['documents  2', 'nodes      5', 'edges      5', 'evidence   6']);
    expect(text).toContain('Organization      2');
    expect(lines).toContain('relationship     edges  current  former  planned  proposed');
    expect(lines).toContain('BASED_IN             2        1       1        0         0');
    expect(text).toMatch(/Ascend Elements\s+4\s+2\s+2\s+org:ascend-elements/);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('keeps one row per organization when names hold line breaks or controls', () => {
    const stats = graphStats(hostileGraph(), { top: 100 });
    const text = formatStats(stats);
    const orgTable = text.split('\n\n')[3] ?? '';
    // header + rule + one line per organization
    expect(orgTable.trimEnd().split('\n')).toHaveLength(2 + stats.topOrganizations.length);
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
  });
});
