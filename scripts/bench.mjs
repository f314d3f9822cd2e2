// `npm run bench`: corpgraph against the library it is built on, in one run on the same input (issue 6).
// Prints, side by side: raw compromise words/s; corpgraph --workers 1 and 2 words/s with ratios, on the
// sample and over all documents; peak RSS for 2,000 and all documents; embedded database load rate vs
// raw COPY FROM; `--help` start-up time.
// Options: --docs N (sample size, default 2000), --no-full (skip the all-documents runs),
//          --breakdown N (time extraction stage by stage on the first N documents; 0: skip),
//          --markdown FILE (also write the figures there). CORPGRAPH_DIST=dir benches another build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareInput } from './bench/input.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(process.env.CORPGRAPH_DIST ?? join(ROOT, 'dist'));
const BIN = join(DIST, '..', 'bin', 'corpgraph.js');
const HERE = join(ROOT, 'scripts', 'bench');
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    'no-full': { type: 'boolean', default: false },
    markdown: { type: 'string' },
    breakdown: { type: 'string', default: '300' },
  },
});

const lines = [];
function say(line = '') {
  lines.push(line);
  console.log(line);
}

/** Run a bench child (`node script args…`) and parse the JSON line it prints. */
function child(script, args, extraNodeArgs = []) {
  const r = spawnSync(process.execPath, [...extraNodeArgs, join(HERE, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}):\n${r.stderr}`);
  const last = r.stdout.trim().split('\n').pop();
  return JSON.parse(last);
}

const fmt = (x, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const work = mkdtempSync(join(tmpdir(), 'corpgraph-bench-'));
try {
  const input = await prepareInput(work, Number(values.docs), DIST);
  say(
    `corpgraph bench — ${new Date().toISOString()} — node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  say(`input: ${input.label}`);
  say(
    `sample: first ${fmt(input.sampleDocs)} documents, ${fmt(input.sampleWords)} words, ${fmt(input.sampleBytes / 1e6, 2)} MB`,
  );
  say(
    '(wall-clock figures depend on what else the machine runs; words per CPU-second, all threads counted, do not)',
  );
  say('');

  const raw = child('raw-compromise.mjs', [input.sampleFile]);
  const w1 = child('run-build.mjs', [DIST, input.sampleFile, '1', join(work, 'w1.json')]);
  const w2 = child('run-build.mjs', [DIST, input.sampleFile, '2', join(work, 'w2.json')]);
  const identical =
    readFileSync(join(work, 'w1.json'), 'utf8') === readFileSync(join(work, 'w2.json'), 'utf8');
  // Why: over the whole corpus each worker's start-up (modules, models, JIT warm-up) is paid once for
  // ten times the documents, so (3)/(2) there says what two cores give a real archive.
  const runFull = input.allFile && !values['no-full'];
  const fullW1 = runFull
    ? child('run-build.mjs', [DIST, input.allFile, '1', join(work, 'all-w1.json')])
    : undefined;
  const full = runFull
    ? child('run-build.mjs', [DIST, input.allFile, '2', join(work, 'all.json')])
    : undefined;
  const fullIdentical =
    runFull &&
    readFileSync(join(work, 'all-w1.json'), 'utf8') === readFileSync(join(work, 'all.json'), 'utf8');

  say('| # | measure | figure | ratio |');
  say('|---|---|---|---|');
  say(
    `| 1 | raw compromise, 1 core: nlp(text) + people/organizations/places | ${fmt(raw.wordsPerSecond)} words/s (${fmt(raw.ms / 1000, 1)} s); ${fmt(raw.wordsPerCpuSecond)} words per CPU-second | — |`,
  );
  say(
    `| 2 | corpgraph build --workers 1 (ingest, extract + resolve, graph, graph.json) | ${fmt(w1.steadyWordsPerSecond)} words/s once 10 % of documents are in (${fmt(w1.startupMs / 1000, 1)} s, start-up included; ${fmt(w1.wordsPerSecond)} overall; ${fmt(w1.ms / 1000, 1)} s); ${fmt(w1.wordsPerCpuSecond)} words per CPU-second | (2)/(1) = ${fmt(w1.steadyWordsPerSecond / raw.wordsPerSecond, 2)} wall, ${fmt(w1.wordsPerCpuSecond / raw.wordsPerCpuSecond, 2)} CPU |`,
  );
  say(
    `| 3 | corpgraph build --workers 2 | ${fmt(w2.steadyWordsPerSecond)} words/s once 10 % of documents are in (${fmt(w2.startupMs / 1000, 1)} s, start-up included; ${fmt(w2.wordsPerSecond)} overall; ${fmt(w2.ms / 1000, 1)} s); ${fmt(w2.wordsPerCpuSecond)} words per CPU-second; graph.json ${identical ? 'byte-identical to' : 'DIFFERS from'} --workers 1 | (3)/(2) = ${fmt(w2.steadyWordsPerSecond / w1.steadyWordsPerSecond, 2)} wall (${fmt(w2.wordsPerSecond / w1.wordsPerSecond, 2)} overall); CPU efficiency ${fmt(w2.wordsPerCpuSecond / w1.wordsPerCpuSecond, 2)} |`,
  );
  if (fullW1 && full) {
    say(
      `| 3b | the same over all ${fmt(full.documents)} documents: --workers 1, then --workers 2 | ${fmt(fullW1.steadyWordsPerSecond)} vs ${fmt(full.steadyWordsPerSecond)} words/s once 10 % of documents are in (${fmt(fullW1.wordsPerSecond)} vs ${fmt(full.wordsPerSecond)} overall; ${fmt(fullW1.ms / 1000, 1)} vs ${fmt(full.ms / 1000, 1)} s); ${fmt(fullW1.wordsPerCpuSecond)} vs ${fmt(full.wordsPerCpuSecond)} words per CPU-second; graph.json ${fullIdentical ? 'byte-identical' : 'DIFFERS'} | (3)/(2) = ${fmt(full.steadyWordsPerSecond / fullW1.steadyWordsPerSecond, 2)} wall (${fmt(full.wordsPerSecond / fullW1.wordsPerSecond, 2)} overall); CPU efficiency ${fmt(full.wordsPerCpuSecond / fullW1.wordsPerCpuSecond, 2)} |`,
    );
  } else {
    say('| 3b | the same over all documents | not run (--no-full, or no Reuters corpus) | — |');
  }
  say(
    `| 4a | peak RSS, ${fmt(input.sampleDocs)} documents, --workers 2 | ${fmt(w2.peakRssMb)} MB (--workers 1: ${fmt(w1.peakRssMb)} MB) | — |`,
  );
  let graphForDb = join(work, 'w2.json');
  if (full) {
    say(
      `| 4b | peak RSS, all ${fmt(full.documents)} documents (${fmt(full.words)} words), --workers 2 | ${fmt(full.peakRssMb)} MB (${fmt(full.steadyWordsPerSecond)} words/s, ${fmt(full.wordsPerCpuSecond)} per CPU-second, ${fmt(full.ms / 1000, 1)} s; ${fmt(full.entities)} entities, ${fmt(full.relations)} relations) | 4b/4a = ${fmt(full.peakRssMb / w2.peakRssMb, 2)} |`,
    );
    graphForDb = join(work, 'all.json');
  } else {
    say('| 4b | peak RSS, all documents | not run (--no-full, or no Reuters corpus) | — |');
  }
  const db = child('db-load.mjs', [DIST, graphForDb]);
  say(
    `| 5 | embedded DB load: writeEmbeddedStore vs the engine's COPY FROM, same rows (${fmt(db.nodes)} nodes, ${fmt(db.relationships)} relationships) | ${fmt(db.oursPerSecond)} vs ${fmt(db.rawPerSecond)} relationships/s (${fmt(db.oursMs)} vs ${fmt(db.rawMs)} ms) | ${fmt(db.oursPerSecond / db.rawPerSecond, 2)} |`,
  );
  const median = (args) => {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[2];
  };
  const help = median([BIN, '--help']);
  const bare = median(['-e', '']);
  say(
    `| 6 | corpgraph --help start-up (median of 5) | ${fmt(help / 1000, 3)} s (node alone, \`node -e ''\`: ${fmt(bare / 1000, 3)} s) | — |`,
  );
  const breakdownDocs = Number(values.breakdown);
  if (breakdownDocs > 0) {
    const subset = join(work, 'breakdown.jsonl');
    writeFileSync(
      subset,
      `${readFileSync(input.sampleFile, 'utf8').split('\n').slice(0, breakdownDocs).join('\n')}\n`,
    );
    const b = child('breakdown.mjs', [DIST, subset]);
    const pipeline = Object.entries(b.ms).filter(([k]) => /^[A-H] /u.test(k));
    const ours = pipeline.reduce((n, [, v]) => n + v, 0);
    say('');
    say(
      `Where the time goes, one core, first ${fmt(b.docs)} documents (${fmt(b.words)} words); extractDocument's steps timed one by one:`,
    );
    say('');
    say('| stage | ms | share of corpgraph |');
    say('|---|---|---|');
    for (const [k, v] of pipeline) say(`| ${k} | ${fmt(v)} | ${fmt((100 * v) / ours, 1)} % |`);
    say(`| corpgraph total (A–H) | ${fmt(ours)} | 100 % |`);
    for (const [k, v] of Object.entries(b.ms).filter(([k]) => !/^[A-H] /u.test(k))) {
      say(`| reference: ${k} | ${fmt(v)} | ${fmt((100 * v) / ours, 1)} % |`);
    }
  }
  if (values.markdown) writeFileSync(values.markdown, `${lines.join('\n')}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
