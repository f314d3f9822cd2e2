// `corpgraph export` and `corpgraph stats` through the CLI entry: outputs, files, errors and exit codes.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCsv } from '../../src/export/csv.js';
import { exportGraphml } from '../../src/export/graphml.js';
import { writeExport } from '../../src/export/write-export.js';
import { writeGraph } from '../../src/graph/io.js';
import { runMain } from '../helpers/run-main.js';
import { sampleGraph } from './fixture.js';

const run = runMain;

let dir: string;
let graphFile: string;
const cwd = process.cwd();

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corpgraph-export-'));
  graphFile = join(dir, 'graph.json');
  await writeGraph(sampleGraph(), graphFile);
});

afterEach(() => {
  process.chdir(cwd);
});

describe('corpgraph export', () => {
  it('writes GraphML to stdout, the same text as the library', async () => {
    const { code, out, err } = await run(['export', graphFile, '--format', 'graphml']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(exportGraphml(sampleGraph()));
  });

  it('writes JSON by default, byte-identical to graph.json', async () => {
    const { code, out } = await run(['export', graphFile]);
    expect(code).toBe(0);
    expect(out).toBe(readFileSync(graphFile, 'utf8'));
  });

  it('writes --out files atomically (no temp files left) and says what it wrote on stderr', async () => {
    const out = join(dir, 'nested', 'graph.gexf');
    const result = await run(['export', graphFile, '-f', 'gexf', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(result.err).toBe(`corpgraph: wrote ${out}\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml[^>]*\?>\s*<gexf/);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['graph.gexf']);
  });

  it('writes nodes.csv and edges.csv into the --out directory', async () => {
    const out = join(dir, 'csv');
    const { code } = await run(['export', graphFile, '--format', 'csv', '--out', out]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(readFileSync(join(out, 'nodes.csv'), 'utf8')).toBe(exportCsv(sampleGraph()).nodes);
    expect(readFileSync(join(out, 'edges.csv'), 'utf8')).toBe(exportCsv(sampleGraph()).edges);
  });

  it('refuses csv without --out, and an unknown format, with one line and exit 1', async () => {
    const csv = await run(['export', graphFile, '--format', 'csv']);
    expect(csv.code).toBe(1);
    expect(csv.err).toMatch(/^corpgraph: export: --format csv writes several files; pass --out DIR[^\n]*\n$/);
    const bad = await run(['export', graphFile, '--format', 'xlsx']);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(
      'corpgraph: export: unknown format "xlsx"; use one of json, graphml, gexf, csv, cypher, neo4j-csv\n',
    );
  });

  it('says there is no graph (one line, exit 1) when graph.json is missing', async () => {
    process.chdir(dir);
    for (const argv of [
      ['export', '--format', 'graphml'],
      ['export', join(dir, 'none.json')],
    ]) {
      const { code, out, err } = await run(argv);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toMatch(
        /^corpgraph: \S+: no graph here; build one with `corpgraph build <articles\.\.\.>`\n$/,
      );
    }
    expect((await run(['export'])).err).toContain('.corpgraph/graph.json: no graph here');
  });

  it('reports a corrupt graph.json as one line, exit 1', async () => {
    const bad = join(dir, 'bad.json');
    await writeExport(sampleGraph(), 'graphml', { out: bad });
    const { code, err } = await run(['export', bad]);
    expect(code).toBe(1);
    expect(err).toMatch(/^corpgraph: [^\n]*bad\.json: invalid JSON[^\n]*\n$/);
  });
});

describe('writeExport', () => {
  it('rejects unknown formats and directory formats without out by code', async () => {
    await expect(writeExport(sampleGraph(), 'xlsx')).rejects.toMatchObject({ code: 'E_BAD_OPTION' });
    await expect(writeExport(sampleGraph(), 'csv')).rejects.toMatchObject({ code: 'E_BAD_OPTION' });
  });

  it('cypher goes to stdout, neo4j-csv into the --out directory', async () => {
    const cypher = await run(['export', graphFile, '--format', 'cypher']);
    expect(cypher.code).toBe(0);
    expect(cypher.out).toContain('MERGE');
    expect(cypher.out).toContain('Ascend Elements');
    const out = join(dir, 'neo4j');
    const neo = await run(['export', graphFile, '--format', 'neo4j-csv', '--out', out]);
    expect(neo.code).toBe(0);
    expect(neo.err).toMatch(/^corpgraph: wrote /);
    const written = neo.err
      .replace(/^corpgraph: wrote /, '')
      .trim()
      .split(', ');
    expect(written.length).toBeGreaterThan(1);
    for (const file of written) expect(existsSync(file)).toBe(true);
    const bare = await run(['export', graphFile, '--format', 'neo4j-csv']);
    expect(bare.code).toBe(1);
    expect(bare.err).toMatch(/--format neo4j-csv writes several files; pass --out DIR/);
  });
});

describe('corpgraph stats', () => {
  it('prints readable tables', async () => {
    const { code, out, err } = await run(['stats', graphFile]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('documents  2\nnodes      5\nedges      5\n');
    expect(out).toMatch(/SIGNED_MOU_WITH\s+1\s+1\s+0\s+0\s+0/);
    expect(out).toMatch(/Ascend Elements\s+4\s+2\s+2\s+org:ascend-elements/);
  });

  it('prints JSON with --json and honours --top', async () => {
    const { code, out } = await run(['stats', graphFile, '--json', '--top', '1']);
    expect(code).toBe(0);
    const stats = JSON.parse(out);
    expect(stats.byLabel).toEqual({ Organization: 2, Person: 1, Place: 2 });
    expect(stats.topOrganizations).toHaveLength(1);
  });

  it('rejects a bad --top and a missing graph with one line, exit 1', async () => {
    const top = await run(['stats', graphFile, '--top', 'many']);
    expect(top.code).toBe(1);
    expect(top.err).toBe('corpgraph: stats: --top must be a whole number ≥ 0, got "many"\n');
    process.chdir(dir);
    const missing = await run(['stats']);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(
      'corpgraph: .corpgraph/graph.json: no graph here; build one with `corpgraph build <articles...>`\n',
    );
  });
});
