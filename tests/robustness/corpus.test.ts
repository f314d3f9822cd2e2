// The bad-input corpus generator: reproducible by seed, covering every case issue 7 lists.
// NOTE: the end-to-end test (`corpgraph build` over this corpus: no crash, one stderr line per rejected
// input with file and line, exit code 2, `--strict` failing, nothing lost) is not written yet. A manual
// run of the light corpus (seed 7) on the first build command: exit 2 in 16 s, 32 documents, 14 skips,
// one line each, every `rejected` entry and every manifest `badLines` line reported.
import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CorpusManifest, generateCorpus } from './generate-corpus.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpgraph-corpus-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Hash of every regular file under `dir` (symlinks not followed), by relative path. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile())
        out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
      else out[relative(dir, path)] = 'symlink';
    }
  };
  walk(dir);
  return out;
}

describe('generateCorpus', () => {
  let manifest: CorpusManifest;

  it('writes every kind of bad input issue 7 asks for, with a manifest', async () => {
    const out = tempDir();
    manifest = await generateCorpus(out, { seed: 7 });
    const kinds = new Set(manifest.entries.map((e) => e.kind));
    for (const kind of [
      'empty',
      'binary',
      'invalid-utf8',
      'utf16le-bom',
      'utf16be-bom',
      'latin1',
      'html-no-body',
      'html-deeply-nested',
      'jsonl-broken-lines',
      'zero-width-rtl',
      'hostile-names',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    for (const entry of manifest.entries) {
      expect(lstatSync(join(manifest.dir, entry.path)), entry.path).toBeTruthy();
    }
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).entries).toEqual(manifest.entries);
  });

  it('writes the inputs as described: encodings, binaries, broken JSONL lines, hostile names', () => {
    const read = (path: string) => readFileSync(join(manifest.dir, path));
    expect(read('empty/empty.txt')).toHaveLength(0);
    expect([...read('encoding/utf16le-bom.txt').subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect([...read('encoding/utf16be-bom.txt').subarray(0, 2)]).toEqual([0xfe, 0xff]);
    expect(new TextDecoder('utf-16le').decode(read('encoding/utf16le-bom.txt'))).toContain(
      'Société Générale',
    );
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(read('encoding/latin1.txt'))).toThrow();
    expect(() =>
      new TextDecoder('utf-8', { fatal: true }).decode(read('encoding/invalid-utf8.txt')),
    ).toThrow();
    expect(new TextDecoder('latin1').decode(read('encoding/latin1.txt'))).toContain('Zürich');
    expect(read('binary/random.txt').includes(0)).toBe(true);
    const jsonl = read('collections/broken.jsonl').toString('utf8').split('\n');
    const entry = manifest.entries.find((e) => e.kind === 'jsonl-broken-lines');
    for (const line of entry?.badLines ?? []) {
      const text = jsonl[line - 1] ?? '';
      let ok = false;
      try {
        const value = JSON.parse(text);
        ok = typeof value?.text === 'string' || typeof value?.html === 'string';
      } catch {}
      expect(ok, `line ${line} should be broken: ${text}`).toBe(false);
    }
    // NUL makes a file binary (its own case): the hostile-name files must not hold one.
    expect(read('text/hostile-names.txt').includes(0)).toBe(false);
    expect(read('html/hostile.html').includes(0)).toBe(false);
    const hostile = read('text/hostile-names.txt').toString('utf8');
    for (const needle of ["'", '"', '`', '\\', '${', '{{', '<script>', 'DETACH DELETE', '\n']) {
      expect(hostile).toContain(needle);
    }
    expect(read('text/zero-width-rtl.txt').toString('utf8')).toMatch(/\u200B.*\u202E.*\u200F/s);
    expect(read('html/nested.html').toString('utf8').split('<div>')).toHaveLength(5001);
    expect(lstatSync(join(manifest.dir, 'loop/back-to-corpus')).isSymbolicLink()).toBe(true);
  });

  it('is reproducible: the same seed gives the same bytes, another seed different ones', async () => {
    const a = fingerprint((await generateCorpus(tempDir(), { seed: 7 })).dir);
    const b = fingerprint((await generateCorpus(tempDir(), { seed: 7 })).dir);
    const c = fingerprint((await generateCorpus(tempDir(), { seed: 8 })).dir);
    expect(b).toEqual(a);
    expect(c['valid/plain.txt']).not.toBe(a['valid/plain.txt']);
  });

  it('writes the heavy cases (50 MB single line, 10,000 tiny files) quickly', async () => {
    const started = Date.now();
    const heavy = await generateCorpus(tempDir(), { seed: 7, heavy: true });
    const line = statSync(join(heavy.dir, 'heavy/50mb-single-line.txt'));
    expect(line.size).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const big = readFileSync(join(heavy.dir, 'heavy/50mb-single-line.txt'));
    expect(big.includes(0x0a)).toBe(false);
    expect(readdirSync(join(heavy.dir, 'heavy/tiny'))).toHaveLength(10_000);
    expect(Date.now() - started).toBeLessThan(60_000);
    rmSync(heavy.dir, { recursive: true, force: true });
  });
});
