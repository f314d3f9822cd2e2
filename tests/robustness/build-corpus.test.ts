// `corpgraph build` over the whole bad-input corpus (light + heavy): no crash, one line per rejection, nothing lost.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CorpusManifest, generateCorpus, HOSTILE_ORG_NAMES } from './generate-corpus.js';
import { CLI_BUILT, type CliRun, crashed, ROOT, runCli } from './run-cli.js';

const DOCS = join(ROOT, 'docs', 'security.md');
const TABLE_START = '<!-- robustness-table:start -->';
const TABLE_END = '<!-- robustness-table:end -->';

/** One stderr line about an input: `corpgraph: skipped: corpus/a/b.jsonl:4: reason`. */
interface InputLine {
  level: string;
  file: string;
  line?: number;
  reason: string;
  text: string;
}

interface Outcome {
  run: CliRun;
  lines: InputLine[];
  /** Lines that are not about an input (the summary), or that do not parse. */
  other: string[];
  uris: Set<string>;
  titles: Map<string, string | undefined>;
  /** Input lines whose input is not in the graph: rejections. */
  rejected: InputLine[];
  /** Input lines whose input is in the graph: processed with a warning (re-decoded, cleaned…). */
  warned: InputLine[];
  summary: { documents: number; unchanged: number; skipped: number };
}

const LINE = /^corpgraph: (skipped|warning|error|note): (corpus\/[^:]+?)(?::(\d+))?: (.+)$/;
const SUMMARY = /^corpgraph: (\d+) documents \((\d+) new, (\d+) unchanged\), (\d+) skipped/;

function lineKey(file: string, line?: number): string {
  return line === undefined ? file : `${file}:${line}`;
}

async function build(cwd: string, args: string[]): Promise<Outcome> {
  const out = join(cwd, 'graph.json');
  rmSync(out, { force: true });
  const run = await runCli(['build', ...args, '--out', out], { cwd });
  const lines: InputLine[] = [];
  const other: string[] = [];
  for (const text of run.stderr.split('\n').filter((l) => l !== '')) {
    const m = LINE.exec(text);
    if (m)
      lines.push({
        level: m[1] as string,
        file: m[2] as string,
        ...(m[3] ? { line: Number(m[3]) } : {}),
        reason: m[4] as string,
        text,
      });
    else other.push(text);
  }
  const uris = new Set<string>();
  const titles = new Map<string, string | undefined>();
  if (existsSync(out)) {
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    for (const d of graph.attributes.documents as { uri?: string; title?: string }[]) {
      if (d.uri) {
        uris.add(d.uri);
        titles.set(d.uri, d.title);
      }
    }
  }
  const inGraph = (l: InputLine) =>
    uris.has(l.file) || (l.line !== undefined && uris.has(`${l.file}#${l.line}`));
  const m = SUMMARY.exec(other.find((l) => SUMMARY.test(l)) ?? '');
  return {
    run,
    lines,
    other,
    uris,
    titles,
    rejected: lines.filter((l) => !inGraph(l)),
    warned: lines.filter(inGraph),
    summary: {
      documents: Number(m?.[1] ?? -1),
      unchanged: Number(m?.[3] ?? -1),
      skipped: Number(m?.[4] ?? -1),
    },
  };
}

/** Inputs a build tries: each file, but each line of a JSONL collection (a record) on its own. */
function countInputs(manifest: CorpusManifest): number {
  let n = 0;
  for (const entry of manifest.entries) {
    if (entry.files !== undefined) n += entry.files;
    else if (entry.kind === 'symlink-loop') continue;
    else if (entry.path.endsWith('.jsonl')) {
      n += readFileSync(join(manifest.dir, entry.path), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '').length;
    } else n += 1;
  }
  return n;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!CLI_BUILT)('corpgraph build over the bad-input corpus', () => {
  let work: string;
  let manifest: CorpusManifest;
  let full: Outcome;
  const runs: CliRun[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'corpgraph-build-corpus-'));
    dirs.push(work);
    manifest = await generateCorpus(work, { seed: 7, heavy: true });
    full = await build(work, ['corpus', '--no-db']);
    runs.push(full.run);
  }, 180_000);

  it('finishes without a crash, exit code 2 (something skipped), within the time budget', () => {
    expect(crashed(full.run), full.run.stderr.slice(-2000)).toBe(false);
    expect(full.run.code).toBe(2);
    // Every stderr line is about an input, but the summary, which counts exactly the rejections, and
    // notes on names the graph kept apart (the hostile "Robert'); DROP TABLE orgs;-- Ltd." holds a
    // "Robert" that is a company there and a person elsewhere).
    const rest = full.other.filter((l) => !/^corpgraph: note: .* kept apart$/.test(l));
    expect(rest, full.other.join('\n')).toHaveLength(1);
    expect(full.summary.skipped).toBe(full.rejected.length);
    expect(full.summary.documents).toBe(full.uris.size);
    expect(full.run.ms).toBeLessThan(90_000);
  });

  it('names each rejected input once on stderr (file, and line for JSONL), with a reason', () => {
    const keys = full.rejected.map((l) => lineKey(l.file, l.line));
    expect(new Set(keys).size).toBe(keys.length);
    // A rejection reads `skipped:`; an input built after a repair reads `warning:`.
    expect(full.rejected.filter((l) => l.level !== 'skipped').map((l) => l.text)).toEqual([]);
    expect(full.warned.filter((l) => l.level !== 'warning').map((l) => l.text)).toEqual([]);
    for (const l of full.lines) {
      expect(l.reason.length, l.text).toBeGreaterThan(5);
      const entry = manifest.entries.find(
        (e) => l.file === `corpus/${e.path}` || l.file.startsWith(`corpus/${e.path}/`),
      );
      expect(entry, `${l.text} names an input of the corpus`).toBeDefined();
    }
    for (const entry of manifest.entries) {
      const file = `corpus/${entry.path}`;
      const rejectedHere = full.rejected.filter((l) => l.file === file);
      if (entry.expect === 'rejected') {
        expect(
          rejectedHere.map((l) => l.line),
          file,
        ).toHaveLength(1);
        expect(
          [...full.uris].some((u) => u === file || u.startsWith(`${file}#`)),
          file,
        ).toBe(false);
      }
      for (const line of entry.badLines ?? []) {
        expect(
          rejectedHere.filter((l) => l.line === line),
          `${file}:${line}`,
        ).toHaveLength(1);
      }
    }
  });

  it('processes everything valid: every processed input of the manifest is a document in graph.json', () => {
    const missing: string[] = [];
    for (const entry of manifest.entries) {
      const file = `corpus/${entry.path}`;
      const rejected = full.rejected.filter((l) => l.file === file);
      if (entry.files !== undefined) {
        const docs = [...full.uris].filter((u) => u.startsWith(`${file}/`));
        if (docs.length !== entry.files) missing.push(`${file}: ${docs.length} of ${entry.files} files`);
      } else if (entry.path.endsWith('.jsonl')) {
        const lines = readFileSync(join(manifest.dir, entry.path), 'utf8').split('\n');
        lines.forEach((text, i) => {
          const n = i + 1;
          if (text.trim() === '' || entry.badLines?.includes(n)) return;
          if (!full.uris.has(`${file}#${n}`)) missing.push(`${file}#${n}`);
        });
      } else if (entry.expect === 'processed' && !full.uris.has(file)) missing.push(file);
      else if (entry.expect === 'either' && entry.kind !== 'symlink-loop') {
        // Processed, or rejected with exactly one line: never silently dropped.
        if (!full.uris.has(file) && rejected.length !== 1)
          missing.push(`${file} (neither processed nor reported)`);
      }
    }
    expect(missing).toEqual([]);
    // The symlink to an ancestor does not make the walk read a file twice (or loop).
    expect(full.summary.unchanged === -1 || full.summary.unchanged === 0).toBe(true);
    expect([...full.uris].filter((u) => u.includes('/loop/'))).toEqual([]);
  });

  it('keeps hostile names byte for byte (quotes, markup, Cypher, NUL, RTL) as document titles', () => {
    HOSTILE_ORG_NAMES.forEach((name, i) => {
      expect(full.titles.get(`corpus/collections/hostile.jsonl#${i + 1}`)).toBe(name);
    });
  });

  it('refuses the 50 MB single line by the configured limit, saying so (never truncated)', () => {
    const line = full.rejected.find((l) => l.file === 'corpus/heavy/50mb-single-line.txt');
    expect(line?.reason).toMatch(/over the \d+-byte limit/);
    expect(line?.reason).toMatch(/not truncated/);
  });

  it('--strict turns the skips into exit code 1, with the same lines', async () => {
    const light = join(work, 'light');
    mkdirSync(light);
    await generateCorpus(light, { seed: 7 });
    const strict = await build(light, ['corpus', '--no-db', '--strict', '--quiet']);
    runs.push(strict.run);
    expect(crashed(strict.run)).toBe(false);
    expect(strict.run.code).toBe(1);
    // The light corpus is the heavy one without heavy/ (same seed, same bytes): the same lines.
    expect(strict.lines.map((l) => l.text)).toEqual(
      full.lines.filter((l) => !l.file.startsWith('corpus/heavy/')).map((l) => l.text),
    );
    // Valid inputs only: exit 0 and not a line about an input.
    const clean = await build(light, ['corpus/valid', '--no-db', '--strict']);
    runs.push(clean.run);
    expect(clean.run.code).toBe(0);
    expect(clean.lines).toEqual([]);
  }, 120_000);

  it('--max-document-bytes is the configurable limit: over it, refused with both sizes; a bad value is one error line', async () => {
    const light = join(work, 'light');
    const limited = await build(light, ['corpus/valid', '--no-db', '--max-document-bytes', '200']);
    runs.push(limited.run);
    expect(limited.run.code).toBe(2);
    expect(limited.rejected).toHaveLength(3);
    for (const l of limited.rejected)
      expect(l.reason).toMatch(/is \d+ bytes, over the 200-byte limit.*not truncated/);
    const bad = await build(light, ['corpus/valid', '--no-db', '--max-document-bytes', 'lots']);
    runs.push(bad.run);
    expect(bad.run.code).toBe(1);
    expect(bad.run.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.run.stderr).toMatch(/maxDocumentBytes must be a positive whole number of bytes, got NaN/);
  }, 120_000);

  it('prints the robustness table, and docs/security.md shows the same counts (UPDATE=1 rewrites it)', () => {
    const inputs = countInputs(manifest);
    const documents = full.uris.size;
    const dataLost = 0; // asserted by the tests above: every processed input is in graph.json.
    const crashes = runs.filter(crashed).length;
    const rows = [
      '| Corpus (seed 7, light + heavy) | Inputs tried | Processed | Rejected, with a reason | Processed with a warning | Crashes | Data lost | Build time |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      `| ${manifest.entries.length} cases: encodings, binaries, broken JSONL, hostile names, 50 MB line, 10,000 files | ${inputs} | ${documents} | ${full.rejected.length} | ${full.warned.length} | ${crashes} | ${dataLost} | ${(full.run.ms / 1000).toFixed(1)} s |`,
    ];
    const table = rows.join('\n');
    console.log(`\n${table}\n`);
    expect(inputs).toBe(documents + full.rejected.length);
    expect(crashes).toBe(0);
    const masked = (t: string) => t.replace(/\| [\d.]+ s \|/g, '| … s |').trim();
    if (process.env.UPDATE === '1') {
      const text = readFileSync(DOCS, 'utf8');
      const start = text.indexOf(TABLE_START);
      const end = text.indexOf(TABLE_END);
      expect(start >= 0 && end > start, 'docs/security.md has the table markers').toBe(true);
      writeFileSync(DOCS, `${text.slice(0, start + TABLE_START.length)}\n${table}\n${text.slice(end)}`);
    } else if (existsSync(DOCS)) {
      const text = readFileSync(DOCS, 'utf8');
      const documented = text.slice(text.indexOf(TABLE_START) + TABLE_START.length, text.indexOf(TABLE_END));
      expect(masked(documented), 'docs/security.md table is stale: run with UPDATE=1').toBe(masked(table));
    }
  });

  it('leaves no temp files beside graph.json', () => {
    expect(readdirSync(work).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
