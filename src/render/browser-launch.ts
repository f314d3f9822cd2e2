// Launch the system Chromium headless through playwright-core (optional: PNG export and browser tests).
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { CorpgraphError } from '../errors.js';

/** Flags for a quiet, offline headless Chromium. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Why: with the GPU disabled, WebGL needs the software (SwiftShader) backend, which Chromium now gates.
  '--enable-unsafe-swiftshader',
] as const;

/** Where to look for Chromium: $CORPGRAPH_CHROMIUM, then Debian's and other common paths. */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.CORPGRAPH_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((c): c is string => Boolean(c) && existsSync(c as string));
}

/**
 * Launch headless Chromium. Never downloads a browser.
 * @throws CorpgraphError E_INPUT_NOT_FOUND when playwright-core or Chromium is missing.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new CorpgraphError(
      'E_INPUT_NOT_FOUND',
      'no Chromium found (install it, e.g. `apt-get install chromium`, or set CORPGRAPH_CHROMIUM); use --format svg instead',
    );
  }
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (error) {
    throw new CorpgraphError(
      'E_INPUT_NOT_FOUND',
      'PNG export needs playwright-core (`npm install playwright-core`); use --format svg instead',
      { cause: error },
    );
  }
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}
