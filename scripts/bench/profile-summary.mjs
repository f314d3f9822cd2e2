// Summarise a V8 .cpuprofile (from `node --cpu-prof`): self time by stage (source folder) and by function.
// Run: node scripts/bench/profile-summary.mjs FILE.cpuprofile [topN]
import { readFileSync } from 'node:fs';

/** Which stage a call frame belongs to, from its script URL. */
export function stageOf(url, name) {
  if (!url)
    return name === '(garbage collector)'
      ? 'gc'
      : name === '(program)' || name === '(idle)'
        ? 'runtime/idle'
        : 'native';
  if (url.includes('node_modules/compromise')) return 'compromise';
  if (url.includes('node_modules/')) return url.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/u, '$1');
  const m = /\/(?:dist|src)\/((?:extract\/(?:ner|rules|relations|lexicons))|[a-z-]+)\//u.exec(url);
  if (m) return `corpgraph ${m[1]}`;
  if (/\/(?:dist|src)\/[a-z-]+\.js$/u.test(url)) return 'corpgraph (top)';
  if (url.startsWith('node:')) return 'node internals';
  return 'other';
}

/** Self time (ms) per stage and per function of a profile. */
export function summariseProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  const stages = new Map();
  const functions = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const frame = byId.get(id).callFrame;
    const stage = stageOf(frame.url, frame.functionName);
    stages.set(stage, (stages.get(stage) ?? 0) + ms);
    const file = frame.url.replace(/^.*\/(dist|src|node_modules)\//u, '$1/');
    const fn = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
    total += ms;
  }
  const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return { total, stages: sorted(stages), functions: sorted(functions) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const top = Number(process.argv[3] ?? 25);
  const { total, stages, functions } = summariseProfile(JSON.parse(readFileSync(file, 'utf8')));
  const pct = (ms) => `${((100 * ms) / total).toFixed(1).padStart(5)} %`;
  console.log(`total sampled ${(total / 1000).toFixed(1)} s`);
  console.log('\nself time by stage:');
  for (const [s, ms] of stages) console.log(`  ${pct(ms)}  ${(ms / 1000).toFixed(2).padStart(7)} s  ${s}`);
  console.log(`\ntop ${top} functions (self):`);
  for (const [f, ms] of functions.slice(0, top))
    console.log(`  ${pct(ms)}  ${(ms / 1000).toFixed(2).padStart(7)} s  ${f}`);
}
