// `corpgraph build` over a folder with good and bad files: graph written, each bad file named once on
// stderr, exit code 2, and a second run leaves graph.json byte-identical.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = resolve(ROOT, 'bin/corpgraph.js');
const BUILT = existsSync(resolve(ROOT, 'dist/cli/main.js'));

const dir = mkdtempSync(join(tmpdir(), 'corpgraph-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
  join(dir, 'one.txt'),
  'Microsoft Corp. acquired Nuance Communications Inc. for $19.7 billion.\n\nSatya Nadella is the chief executive officer of Microsoft Corp.\n',
);
writeFileSync(
  join(dir, 'two.txt'),
  'Siemens AG is headquartered in Munich.\n\nNorthvolt AB operates a gigafactory in Sweden.\n',
);
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(
  join(dir, 'binary.txt'),
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00, 0xfe, 0x01, 0, 0, 0x10]),
);
const out = join(dir, 'out', 'graph.json');

function build() {
  return spawnSync(process.execPath, [BIN, 'build', dir, '--no-db', '--out', out], {
    encoding: 'utf8',
    timeout: 120_000,
    cwd: dir,
  });
}

describe.skipIf(!BUILT)('corpgraph build (needs `npm run build`)', () => {
  let first: ReturnType<typeof build>;
  let firstGraph: string;

  it('writes the graph, names each bad file once on stderr and exits 2', () => {
    first = build();
    expect(first.status, first.stderr).toBe(2);
    firstGraph = readFileSync(out, 'utf8');
    const graph = JSON.parse(firstGraph) as {
      nodes: { key: string }[];
      edges: { attributes: { type?: string; evidence?: unknown[] } }[];
    };
    const keys = graph.nodes.map((n) => n.key);
    expect(keys).toEqual(expect.arrayContaining(['place:munich', 'place:sweden']));
    expect(keys.some((k) => k.startsWith('org:microsoft'))).toBe(true);
    const types = graph.edges.map((e) => e.attributes.type);
    expect(types).toEqual(expect.arrayContaining(['ACQUIRED', 'BASED_IN', 'OPERATES_IN', 'CEO_OF']));
    for (const e of graph.edges) expect(e.attributes.evidence?.length).toBeGreaterThan(0);

    const lines = first.stderr.split('\n').filter((l) => l.trim());
    for (const bad of ['empty.txt', 'binary.txt']) {
      expect(
        lines.filter((l) => l.includes(bad)),
        `${bad} on stderr:\n${first.stderr}`,
      ).toHaveLength(1);
    }
    for (const good of ['one.txt', 'two.txt']) expect(first.stderr).not.toContain(good);
  });

  it('a second run changes nothing (byte-identical graph.json)', () => {
    const second = build();
    expect(second.status, second.stderr).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(firstGraph);
  });
});
