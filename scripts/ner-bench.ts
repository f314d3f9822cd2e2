// Throughput of tagEntities on a text file (after one warm-up pass): words per second on one core.
// Run: node scripts/ner-run.mjs scripts/ner-bench.ts FILE [repeats]
import { readFileSync } from 'node:fs';
import { tagEntities } from '../src/extract/ner/index.js';

const text = readFileSync(process.argv[2] ?? '', 'utf8');
const repeats = Number(process.argv[3] ?? '3');
const lines = text.split('\n').filter((l) => l.trim().length > 0);
const words = lines.reduce((n, l) => n + l.split(/\s+/u).filter(Boolean).length, 0);
for (const l of lines.slice(0, 200)) tagEntities(l);
const started = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
let spans = 0;
for (let r = 0; r < repeats; r++) for (const l of lines) spans += tagEntities(l).length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// Why: the machine is shared; words per CPU-second is what one core does, wall time what the caller saw.
console.log(
  `${lines.length} lines × ${repeats}, ${words * repeats} words, ${spans} spans: ${Math.round((words * repeats) / seconds)} words/s wall, ${Math.round((words * repeats) / cpuSeconds)} words/CPU-s`,
);
