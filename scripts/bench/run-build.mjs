// Child process of the bench: corpgraph's build pipeline (ingest → extract + resolve → graph → graph.json)
// over one input with N workers. Prints one JSON line with words/s and the process's peak RSS.
import { readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';

const [dist, input, workers, out] = process.argv.slice(2);
const { buildFromInputs } = await import(`${dist}/pipeline.js`);
const { writeGraph } = await import(`${dist}/graph/io.js`);
// Why: the steady state starts once a tenth of the documents are in, after start-up: module and model
// loading in every worker (a second worker may still be loading when the first results arrive).
const total = readFileSync(input, 'utf8').split('\n').filter(Boolean).length;
const warm = Math.max(1, Math.floor(total / 10));
let first;
const started = performance.now();
const summary = await buildFromInputs([input], {
  workers: Number(workers),
  fresh: true,
  onProgress: (p) => {
    if (!first && p.documents >= warm)
      first = { ms: performance.now() - started, words: p.words, cpu: process.cpuUsage() };
  },
});
// Why: CPU time (all threads) is what a busy shared machine cannot steal; wall time it can.
const cpu = process.cpuUsage(first?.cpu);
await writeGraph(summary.graph, out);
const { documents, words, ms, entities, relations } = summary;
const steadyCpuMs = (cpu.user + cpu.system) / 1000;
console.log(
  JSON.stringify({
    documents,
    words,
    ms,
    entities,
    relations,
    wordsPerSecond: (words * 1000) / ms,
    startupMs: first?.ms ?? 0,
    steadyWordsPerSecond: ((words - (first?.words ?? 0)) * 1000) / (ms - (first?.ms ?? 0)),
    steadyCpuMs,
    wordsPerCpuSecond: ((words - (first?.words ?? 0)) * 1000) / steadyCpuMs,
    // Why: maxRSS covers the whole process, worker threads included (they share it).
    peakRssMb: resourceUsage().maxRSS / 1024,
  }),
);
