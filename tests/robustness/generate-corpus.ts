// Seeded generator of issue 7's bad-input corpus: broken encodings, binaries, giant and hostile inputs.
//
// Library: `await generateCorpus(outDir, { seed, heavy })` writes `outDir/corpus/**` and
// `outDir/manifest.json` and returns the manifest. Same seed, same bytes.
// Script (Node 20 cannot run .ts directly; the file imports only node: builtins):
//   npx esbuild tests/robustness/generate-corpus.ts --platform=node --format=esm --outfile=/tmp/gen.mjs
//   node /tmp/gen.mjs OUT_DIR [--seed 7] [--heavy]
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRandom } from '../../src/util/random.js';

/**
 * What a build over the corpus must do with an input: `processed` (its valid content reaches the graph),
 * `rejected` (one stderr line naming it and why, the rest goes on), or `either` (a documented choice of
 * the ingest stage, e.g. decode Latin-1 or reject it; never a crash, never silent).
 */
export type Expectation = 'processed' | 'rejected' | 'either';

export interface CorpusEntry {
  /** Path relative to the corpus directory (a directory for the 10,000-file case). */
  path: string;
  kind: string;
  expect: Expectation;
  note: string;
  /** For collections: 1-based line numbers that must be rejected (the others processed). */
  badLines?: number[];
  /** For directories of many files: how many. */
  files?: number;
}

export interface CorpusManifest {
  seed: number;
  heavy: boolean;
  /** The corpus directory (give this to `corpgraph build`). */
  dir: string;
  entries: CorpusEntry[];
}

export interface GenerateCorpusOptions {
  /** PRNG seed: the same seed writes the same bytes. */
  seed?: number;
  /** Also write the 50 MB single line and the 10,000 tiny files. */
  heavy?: boolean;
}

export const DEFAULT_GENERATE_CORPUS_OPTIONS: Required<GenerateCorpusOptions> = { seed: 7, heavy: false };

/** Names that break naive code: quotes, backtick, backslash, template and Cypher syntax, markup, controls. */
export const HOSTILE_ORG_NAMES = [
  "O'Brien & Daughters Inc.",
  'The "Quoted" Company Ltd.',
  '`Backtick` Holdings Corp.',
  'Back\\slash Partners LLC',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile name that looks like a template
  '${process.exit(1)} Capital Inc.',
  '{{constructor.constructor}} Labs Inc.',
  '<script>alert(1)</script> Systems Ltd.',
  '<img src=x onerror=alert(1)> Media Group',
  'MATCH (n) DETACH DELETE n Corp.',
  "Robert'); DROP TABLE orgs;-- Ltd.",
  'MERGE (a)-[:OWNS]->(b) Holdings',
  'Zero\u200BWidth\u200D Joiner Inc.',
  'Evil\u202Egnp.exe Corp.',
  'شركة الاتصالات السعودية',
  'NUL\u0000Byte Systems Inc.',
];

const COMPANIES = ['Acme Corp.', 'Globex Inc.', 'Initech LLC', 'Umbrella Holdings', 'Stark Industries Inc.'];
const PLACES = ['Boston', 'Shenzhen, China', 'Munich', 'Laval, Quebec', 'Perth'];
const PEOPLE = ['Dana Whitfield', 'Marco Ruiz', 'Aiko Tanaka', 'Priya Natarajan'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** A plausible business sentence built from fixed pieces. */
function sentence(random: () => number, org = pick(random, COMPANIES)): string {
  const other = pick(random, COMPANIES);
  const templates = [
    () => `${org} signed a memorandum of understanding with ${other}.`,
    () => `${pick(random, PEOPLE)}, chief executive of ${org}, said the deal closed.`,
    () => `${org}, a ${pick(random, PLACES).split(',')[0]}-based firm, agreed to acquire ${other}.`,
    () => `${org} is headquartered in ${pick(random, PLACES)}.`,
    () => `${other} invested in ${org} last year.`,
  ];
  return pick(random, templates)();
}

function article(random: () => number, sentences: number, org?: string): string {
  return Array.from({ length: sentences }, () => sentence(random, org)).join(' ');
}

function randomBytes(random: () => number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = bigEndian ? code >> 8 : code & 0xff;
    bytes[3 + i * 2] = bigEndian ? code & 0xff : code >> 8;
  }
  return bytes;
}

function concat(...parts: (string | Uint8Array)[]): Uint8Array {
  const chunks = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** HTML nested `depth` levels deep, the article at the bottom. */
function nestedHtml(text: string, depth: number): string {
  return `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>${text}</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** The JSONL collection: valid lines mixed with broken ones; returns the text and the bad line numbers. */
function brokenJsonl(random: () => number): { text: string; badLines: number[] } {
  const lines: string[] = [];
  const badLines: number[] = [];
  const good = (obj: object) => lines.push(JSON.stringify(obj));
  const bad = (line: string) => {
    lines.push(line);
    badLines.push(lines.length);
  };
  good({ id: 'ok-1', title: 'Fine', text: article(random, 3) });
  bad('{"id": "truncated", "text": "Acme Corp. signed');
  good({ id: 'ok-2', html: `<p>${article(random, 2)}</p>` });
  bad('not json at all');
  bad('{"id": "no-text"}');
  bad('{"id": "text-not-string", "text": 42}');
  bad('[1, 2, 3]');
  lines.push('');
  good({ id: 'ok-3', text: `${HOSTILE_ORG_NAMES[0]} partnered with ${HOSTILE_ORG_NAMES[8]}.` });
  bad('{"id": "bad-escape", "text": "\\x41 invalid escape"}');
  good({ id: 'ok-4', published: '2024-05-01', text: article(random, 2) });
  return { text: `${lines.join('\n')}\n`, badLines };
}

/** The hostile names in sentences. Why: without NUL, which makes a file binary (its own case above). */
function hostileText(): string {
  const names = HOSTILE_ORG_NAMES.map((name) => name.replace(/\u0000/g, ''));
  return names
    .map((name, i) => `${name} signed a memorandum of understanding with ${names[(i + 1) % names.length]}.`)
    .concat([
      'Acme Corp. CEO Jane "J.D." O\'Neil said: `rm -rf /` is not a strategy.',
      'The firm, based in\nBoston, was\r\nacquired by Globex Inc. for $5 {million}.',
      'CREATE (x:Organization {name: "Injected"}) RETURN x; // Inc.',
    ])
    .join('\n\n');
}

/**
 * Write the bad-input corpus of issue 7 into `outDir/corpus` (replacing it) and its manifest into
 * `outDir/manifest.json`.
 * @param outDir a directory to own (it is emptied first)
 * @param options seed, and whether to write the heavy cases (50 MB line, 10,000 files)
 * @returns the manifest: every input with what a build must do with it
 */
export async function generateCorpus(
  outDir: string,
  options: GenerateCorpusOptions = {},
): Promise<CorpusManifest> {
  const { seed, heavy } = { ...DEFAULT_GENERATE_CORPUS_OPTIONS, ...options };
  const random = createRandom(seed);
  const dir = join(outDir, 'corpus');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const entries: CorpusEntry[] = [];
  const add = async (path: string, data: string | Uint8Array, entry: Omit<CorpusEntry, 'path'>) => {
    const file = join(dir, path);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, data);
    entries.push({ path, ...entry });
  };

  await add('valid/plain.txt', `${article(random, 6)}\n`, {
    kind: 'valid-text',
    expect: 'processed',
    note: 'control: an ordinary article',
  });
  await add('valid/crlf.md', `# Deal news\r\n\r\n${article(random, 4).replace(/\. /g, '.\r\n')}\r\n`, {
    kind: 'crlf-markdown',
    expect: 'processed',
    note: 'Markdown with CRLF line ends',
  });
  await add("valid/name with spaces & 'quotes' ✓.txt", `${article(random, 3)}\n`, {
    kind: 'odd-file-name',
    expect: 'processed',
    note: 'spaces, quotes, ampersand and non-ASCII in the file name',
  });
  await add('empty/empty.txt', '', { kind: 'empty', expect: 'rejected', note: 'zero bytes' });
  await add('empty/whitespace.txt', ' \n\t\r\n  \u00A0\n', {
    kind: 'whitespace-only',
    expect: 'rejected',
    note: 'no text after trimming',
  });
  await add('binary/random.txt', randomBytes(random, 4096), {
    kind: 'binary',
    expect: 'rejected',
    note: 'random bytes named .txt',
  });
  await add(
    'binary/png.txt',
    concat(
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      randomBytes(random, 512),
    ),
    { kind: 'binary', expect: 'rejected', note: 'a PNG header named .txt' },
  );
  await add('binary/gzip.txt', concat(Uint8Array.from([0x1f, 0x8b, 0x08, 0x00]), randomBytes(random, 256)), {
    kind: 'binary',
    expect: 'rejected',
    note: 'gzip bytes named .txt',
  });
  await add('binary/nul-in-text.txt', `${article(random, 2)}\u0000\u0000\u0000${article(random, 2)}\n`, {
    kind: 'nul-in-text',
    expect: 'either',
    note: 'mostly text with NUL bytes inside: clean them or reject the file, saying so',
  });
  await add(
    'encoding/invalid-utf8.txt',
    concat(
      `${article(random, 2)} `,
      Uint8Array.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0xed, 0xa0, 0x80]),
      ` ${article(random, 2)}\n`,
    ),
    {
      kind: 'invalid-utf8',
      expect: 'either',
      note: 'bad sequences, an overlong and a surrogate: decode with U+FFFD and warn, or reject',
    },
  );
  await add('encoding/utf16le-bom.txt', utf16(`${article(random, 3, 'Société Générale')}\n`, false), {
    kind: 'utf16le-bom',
    expect: 'processed',
    note: 'UTF-16 little-endian with BOM',
  });
  await add('encoding/utf16be-bom.txt', utf16(`${article(random, 3, 'Nestlé S.A.')}\n`, true), {
    kind: 'utf16be-bom',
    expect: 'processed',
    note: 'UTF-16 big-endian with BOM',
  });
  await add('encoding/utf8-bom.txt', concat(Uint8Array.from([0xef, 0xbb, 0xbf]), `${article(random, 3)}\n`), {
    kind: 'utf8-bom',
    expect: 'processed',
    note: 'UTF-8 with BOM (the BOM must not reach the text)',
  });
  await add(
    'encoding/latin1.txt',
    latin1(
      'Société Générale signed a memorandum of understanding with Zürcher Kantonalbank in Zürich. Müller AG is based in Köln.\n',
    ),
    { kind: 'latin1', expect: 'either', note: 'Latin-1 bytes (invalid UTF-8): decode as Latin-1, or reject' },
  );
  await add('html/no-body.html', '<!doctype html><html><head><title>Only a title</title></head></html>', {
    kind: 'html-no-body',
    expect: 'rejected',
    note: 'HTML without a body: no text',
  });
  await add('html/empty-body.html', '<html><body><script>var x = "Acme Corp.";</script></body></html>', {
    kind: 'html-script-only',
    expect: 'rejected',
    note: 'only script content: no article text',
  });
  await add('html/nested.html', nestedHtml(article(random, 3), 5000), {
    kind: 'html-deeply-nested',
    expect: 'processed',
    note: '5,000 nested <div>s around the article (recursion depth)',
  });
  await add(
    'html/hostile.html',
    `<html><head><title>${HOSTILE_ORG_NAMES[6]}</title></head><body><article><h1>Deal</h1><p>${hostileText()
      .replace(/&/g, '&amp;')
      .replace(
        /</g,
        '&lt;',
      )}</p><script>document.title="pwned"</script><p onclick="alert(1)">${article(random, 2)}</p></article></body></html>`,
    {
      kind: 'html-hostile',
      expect: 'processed',
      note: 'escaped markup in names, a script, an event handler',
    },
  );
  const jsonl = brokenJsonl(random);
  await add('collections/broken.jsonl', jsonl.text, {
    kind: 'jsonl-broken-lines',
    expect: 'processed',
    note: 'valid lines processed; each broken line rejected with its line number',
    badLines: jsonl.badLines,
  });
  await add(
    'collections/hostile.jsonl',
    `${HOSTILE_ORG_NAMES.map((name, i) =>
      JSON.stringify({
        id: `h${i}`,
        title: name,
        text: `${name} is based in Boston. ${name} acquired Acme Corp.`,
      }),
    ).join('\n')}\n`,
    {
      kind: 'jsonl-hostile-names',
      expect: 'processed',
      note: 'hostile names in JSON strings (NUL as a \\u0000 escape)',
    },
  );
  await add(
    'text/zero-width-rtl.txt',
    'Acme\u200B Corp.\u200D signed an MOU with \u202EGlobex Inc.\u202C in \u200FDubai\u200E. ' +
      'شركة أرامكو السعودية‎ is based in Dhahran, Saudi Arabia. \uFEFFInitech LLC partnered with Umbrella\u2060 Holdings.\n',
    {
      kind: 'zero-width-rtl',
      expect: 'processed',
      note: 'zero-width space/joiner, BOM mid-text, RLM/LRM, RTL override, Arabic',
    },
  );
  await add('text/hostile-names.txt', `${hostileText()}\n`, {
    kind: 'hostile-names',
    expect: 'processed',
    note: 'names with \' " ` \\ $ {} newlines <script> and Cypher keywords',
  });
  await add('text/one-long-word.txt', `${'A'.repeat(200_000)} Corp. signed an MOU with Globex Inc.\n`, {
    kind: 'long-token',
    expect: 'processed',
    note: 'a 200,000-character token',
  });
  await mkdir(join(dir, 'loop'), { recursive: true });
  await symlink('..', join(dir, 'loop', 'back-to-corpus'));
  entries.push({
    path: 'loop/back-to-corpus',
    kind: 'symlink-loop',
    expect: 'either',
    note: 'a symlink to an ancestor: the directory walk must not loop (skip it, or visit each file once)',
  });

  if (heavy) {
    const size = 50 * 1024 * 1024;
    const unit = `${article(random, 1)} `;
    const line = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    await add('heavy/50mb-single-line.txt', line, {
      kind: 'huge-single-line',
      expect: 'either',
      note: '50 MB without a newline: processed, or rejected by the configured size limit with a clear message',
    });
    const tiny = join(dir, 'heavy', 'tiny');
    await mkdir(tiny, { recursive: true });
    const count = 10_000;
    const batch = 500;
    for (let start = 0; start < count; start += batch) {
      await Promise.all(
        Array.from({ length: Math.min(batch, count - start) }, (_, k) => {
          const i = start + k;
          return writeFile(
            join(tiny, `${String(i).padStart(5, '0')}.txt`),
            `Tiny${i} Corp. is based in Boston.\n`,
          );
        }),
      );
    }
    entries.push({
      path: 'heavy/tiny',
      kind: 'many-tiny-files',
      expect: 'processed',
      note: '10,000 one-sentence files',
      files: count,
    });
  }

  const manifest: CorpusManifest = { seed, heavy, dir, entries };
  await writeFile(
    join(outDir, 'manifest.json'),
    `${JSON.stringify({ ...manifest, dir: relative(outDir, dir) }, null, 2)}\n`,
  );
  return manifest;
}

async function runScript(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { seed: { type: 'string' }, heavy: { type: 'boolean' } },
  });
  const seed = values.seed === undefined ? DEFAULT_GENERATE_CORPUS_OPTIONS.seed : Number(values.seed);
  const [out] = positionals;
  if (!out || !Number.isInteger(seed)) {
    process.stderr.write('usage: generate-corpus OUT_DIR [--seed N] [--heavy]\n');
    process.exitCode = 1;
    return;
  }
  const manifest = await generateCorpus(out, { seed, heavy: values.heavy === true });
  process.stdout.write(`${manifest.entries.length} inputs in ${manifest.dir} (seed ${seed})\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runScript(process.argv.slice(2));
}
