// Bundle the explorer's browser code (sigma + graphology + UI) into dist/render/explorer.bundle.js.
// Runs after `tsc` in `npm run build`, so renderHtml() in dist/ needs no esbuild at run time.
import { build } from 'esbuild';
import { BUNDLE_FILE, EXPLORER_BUILD_OPTIONS } from '../dist/render/bundle.js';

const started = performance.now();
await build({
  ...EXPLORER_BUILD_OPTIONS,
  entryPoints: [new URL('../src/render/browser/explorer.ts', import.meta.url).pathname],
  outfile: new URL(`../dist/render/${BUNDLE_FILE}`, import.meta.url).pathname,
});
console.log(`build:viz: dist/render/${BUNDLE_FILE} in ${Math.round(performance.now() - started)} ms`);
