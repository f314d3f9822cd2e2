// Strict XML well-formedness of the GraphML and GEXF exports, checked by libxml2's xmllint when installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGexf } from '../../src/export/gexf.js';
import { exportGraphml } from '../../src/export/graphml.js';
import { hostileGraph, sampleGraph } from './fixture.js';

const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
const hasXmllint = xmllint.status === 0;
if (!hasXmllint)
  console.warn('skipping xmllint checks: xmllint not installed (apt-get install libxml2-utils)');

describe.skipIf(!hasXmllint)('xmllint accepts the XML exports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corpgraph-xmllint-'));
  it.each([
    ['graphml', exportGraphml],
    ['gexf', exportGexf],
  ] as const)('%s of a graph with hostile names is well-formed', (ext, write) => {
    for (const [i, graph] of [sampleGraph(), hostileGraph()].entries()) {
      const file = join(dir, `g${i}.${ext}`);
      writeFileSync(file, write(graph));
      const result = spawnSync('xmllint', ['--noout', '--nonet', file], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
  });
});
