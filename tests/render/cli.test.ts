// `corpgraph viz`: writes the HTML/SVG file, or stdout; bad options fail with one line and exit 1.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writeGraph } from '../../src/graph/io.js';
import { seedLikeGraph } from './fixtures.js';

function sink(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

async function run(args: string[]) {
  const stdout = sink();
  const stderr = sink();
  const code = await main(args, { stdout, stderr, stdoutIsTTY: false, stderrIsTTY: false });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('corpgraph viz', () => {
  let dir: string;
  let graphFile: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corpgraph-viz-cli-'));
    graphFile = join(dir, 'graph.json');
    await writeGraph(seedLikeGraph(), graphFile);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one self-contained HTML file', async () => {
    const out = join(dir, 'out.html');
    const result = await run(['viz', graphFile, '--out', out, '--title', 'Seeds']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`corpgraph: viz: wrote ${out} (8 entities, 7 links)\n`);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.includes('<title>Seeds</title>')).toBe(true);
  });

  it('writes SVG to stdout with --out -', async () => {
    const result = await run([
      'viz',
      graphFile,
      '--format',
      'svg',
      '--out',
      '-',
      '--width',
      '640',
      '--height',
      '480',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml[^>]*><svg width="640" height="480"/);
    expect(result.stdout.includes('Ascend Elements')).toBe(true);
  });

  it('fails with one line for bad options and missing graphs', async () => {
    const format = await run(['viz', graphFile, '--format', 'gif']);
    expect(format.code).toBe(1);
    expect(format.stderr).toBe('corpgraph: viz: --format must be html, svg or png, got "gif"\n');
    const png = await run(['viz', graphFile, '--format', 'png', '--out', '-']);
    expect(png.code).toBe(1);
    const width = await run(['viz', graphFile, '--format', 'svg', '--width', 'wide']);
    expect(width.stderr).toBe('corpgraph: viz: --width must be a whole number ≥ 1, got "wide"\n');
    const missing = await run(['viz', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no graph here/);
  });
});
