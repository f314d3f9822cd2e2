// The explorer's browser code: the prebuilt bundle next to this module, or (in a source checkout) built on demand.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CorpgraphError } from '../errors.js';

/** File name of the prebuilt bundle, written by scripts/build-viz-bundle.mjs into dist/render/. */
export const BUNDLE_FILE = 'explorer.bundle.js';

let cached: string | undefined;

/**
 * The explorer's JavaScript (sigma + graphology + UI) as one IIFE string.
 * Why: `npm run build` ships the bundle prebuilt; running from source (tests, tsx) has no dist, so we bundle
 * `browser/explorer.ts` with esbuild (a dev dependency) synchronously, once per process.
 * @throws CorpgraphError E_INPUT_NOT_FOUND when neither the bundle nor esbuild is available.
 */
export function loadExplorerBundle(): string {
  if (cached !== undefined) return cached;
  const prebuilt = fileURLToPath(new URL(`./${BUNDLE_FILE}`, import.meta.url));
  if (existsSync(prebuilt)) {
    cached = readFileSync(prebuilt, 'utf8');
  } else {
    cached = buildExplorerBundle();
  }
  if (/<\/script/i.test(cached)) {
    throw new CorpgraphError('E_INPUT_UNREADABLE', 'renderHtml: the explorer bundle contains "</script"');
  }
  return cached;
}

/** esbuild options for the explorer bundle (shared with scripts/build-viz-bundle.mjs). */
export const EXPLORER_BUILD_OPTIONS = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  define: { 'process.env.NODE_ENV': '"production"' },
} as const;

/** Bundle src/render/browser/explorer.ts with esbuild (minified IIFE), in memory. */
export function buildExplorerBundle(): string {
  const entry = fileURLToPath(new URL('./browser/explorer.ts', import.meta.url));
  let esbuild: typeof import('esbuild');
  try {
    esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  } catch (error) {
    throw new CorpgraphError(
      'E_INPUT_NOT_FOUND',
      `renderHtml: no prebuilt ${BUNDLE_FILE} and esbuild is not installed; run \`npm run build\``,
      { cause: error },
    );
  }
  if (!existsSync(entry)) {
    throw new CorpgraphError('E_INPUT_NOT_FOUND', `renderHtml: ${entry} not found; run \`npm run build\``);
  }
  const result = esbuild.buildSync({ ...EXPLORER_BUILD_OPTIONS, entryPoints: [entry], write: false });
  const file = result.outputFiles[0];
  if (!file) throw new CorpgraphError('E_INPUT_UNREADABLE', 'renderHtml: esbuild produced no output');
  return file.text;
}
