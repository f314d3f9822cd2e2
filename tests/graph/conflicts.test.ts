// Same name, different types: kept as separate nodes and reported, never merged silently.
import { describe, expect, it } from 'vitest';
import { findTypeConflicts, formatTypeConflict } from '../../src/graph/conflicts.js';
import { createGraph } from '../../src/graph/create.js';
import type { NodeLabel } from '../../src/types.js';

function node(label: NodeLabel, name: string) {
  return { label, name, aliases: [name], mentions: 1, docIds: ['d1'] };
}

describe('findTypeConflicts', () => {
  it('reports a name used by a person and a place, and keeps both nodes', () => {
    const g = createGraph();
    g.addNode('person:austin', node('Person', 'Austin'));
    g.addNode('place:austin', node('Place', 'Austin'));
    g.addNode('org:acme', node('Organization', 'Acme'));
    const conflicts = findTypeConflicts(g);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.nodes.map((n) => n.key)).toEqual(['person:austin', 'place:austin']);
    expect(formatTypeConflict(conflicts[0]!)).toBe(
      '"Austin" is a Person (person:austin) and a Place (place:austin); kept apart',
    );
    expect(g.order).toBe(3);
  });

  it('finds nothing when every name has one type', () => {
    const g = createGraph();
    g.addNode('org:acme', node('Organization', 'Acme'));
    g.addNode('place:boston', node('Place', 'Boston'));
    expect(findTypeConflicts(g)).toEqual([]);
  });
});
