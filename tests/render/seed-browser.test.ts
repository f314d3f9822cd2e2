// The explorer on the real seed articles: built with the library (buildFromInputs), opened from disk in
// Chromium; "Ascend" → the GEM Co. MOU with its evidence sentence. Reads ../shared/seeds (research-licensed,
// never copied into the repo): skipped with a message when absent (CI on a clean clone) or without Chromium.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromInputs } from '../../src/pipeline.js';
import { renderHtml } from '../../src/render/index.js';
import { CHROMIUM, inkPixels, launch, settle, waitReady } from './browser-helpers.js';

const SHARED_SEEDS = resolve('../shared/seeds');
const present = existsSync(join(SHARED_SEEDS, 'ascend-gem-mou.txt'));
if (!present) console.log(`tests/render/seed-browser.test.ts skipped: ${SHARED_SEEDS} is absent`);

describe.skipIf(!present || !CHROMIUM)('explorer on the seed articles', () => {
  let dir: string;
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corpgraph-viz-seed-'));
    const summary = await buildFromInputs([SHARED_SEEDS, ...(existsSync('seeds') ? ['seeds'] : [])], {
      fresh: true,
    });
    file = join(dir, 'seeds.html');
    writeFileSync(file, renderHtml(summary.graph, { title: 'corpgraph seeds' }));
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws the seed graph; "Ascend" lists the GEM MOU with its evidence sentence', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    await waitReady(page);
    expect(await inkPixels(page, 'seeds-overview')).toBeGreaterThan(2000);
    await page.fill('#search', 'Ascend');
    await page.locator('.suggestion').first().click();
    expect(await page.textContent('#panel-title')).toMatch(/^Ascend Elements/);
    const mou = page.locator('#panel section[data-type="SIGNED_MOU_WITH"] li');
    const partners = await mou.locator('div > button.link:not(.small)').allTextContents();
    expect(partners.some((p) => p.startsWith('GEM'))).toBe(true);
    const sentences = await mou.locator('.sentence').allTextContents();
    expect(sentences.some((s) => /MOU|memorandum/i.test(s) && /GEM/.test(s))).toBe(true);
    await settle(page);
    await inkPixels(page, 'seeds-ascend', 'main');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
