// Run a TypeScript script of the NER layer: bundle it with esbuild (deps external) into node_modules/.cache, then run it.
// Usage: node scripts/ner-run.mjs scripts/train-ner.ts [args...]
import { spawnSync } from 'node:child_process';
import { basename, resolve } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/ner-run.mjs <script.ts> [args...]');
  process.exit(1);
}
const outfile = resolve('node_modules/.cache/corpgraph-ner', `${basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
