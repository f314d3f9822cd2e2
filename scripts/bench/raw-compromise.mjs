// Child process of the bench: raw compromise on one core, nlp(text) + people/organizations/places per
// document, over a JSONL file. Prints one JSON line: words per wall-clock and per CPU second.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const docs = readFileSync(process.argv[2], 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l).text);
const words = docs.reduce((n, t) => n + (t.match(/\S+/gu)?.length ?? 0), 0);
// Why: warm up (lazy lexicon expansion, JIT) on a few documents, as a long-running user would be.
for (const t of docs.slice(0, 20)) nlp(t).people();
let found = 0;
const cpu0 = process.cpuUsage();
const started = performance.now();
for (const text of docs) {
  const doc = nlp(text);
  found += doc.people().length + doc.organizations().length + doc.places().length;
}
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(
  JSON.stringify({
    docs: docs.length,
    words,
    found,
    ms,
    wordsPerSecond: (words * 1000) / ms,
    cpuMs,
    wordsPerCpuSecond: (words * 1000) / cpuMs,
  }),
);
