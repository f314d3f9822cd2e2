// The explorer in headless Chromium: it draws, search opens the evidence, filters hide edges, hostile names
// stay text, and a 5,000-node / 20,000-edge graph renders (time to first render is printed).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/create.js';
import { renderHtml, renderPng } from '../../src/render/index.js';
import { CHROMIUM, inkPixels, launch, SCREENSHOT_DIR, settle, waitReady } from './browser-helpers.js';
import { largeGraph, MOU_SENTENCE, seedLikeGraph, XSS_IMG, XSS_SCRIPT } from './fixtures.js';

/** Click a point of the graph area like a mouse does: move there first (sigma picks on move), then click. */
async function clickGraph(page: Page, at: { x: number; y: number }): Promise<void> {
  const box = await page.locator('#graph').boundingBox();
  await page.mouse.move((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
  await settle(page);
  await page.mouse.down();
  await page.mouse.up();
  await settle(page);
}

describe.skipIf(!CHROMIUM)('explorer in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corpgraph-viz-'));
    const file = join(dir, 'seed.html');
    writeFileSync(file, renderHtml(seedLikeGraph(), { title: `Seed ${XSS_IMG}` }));
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(pathToFileURL(file).href);
    await waitReady(page);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens from disk and draws the graph on the canvas', async () => {
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);
    expect(await inkPixels(page, 'seed-overview')).toBeGreaterThan(1500);
    expect(await page.textContent('#status')).toBe('8 of 8 entities · 7 of 7 links');
  });

  it('search "Ascend" → click lists the GEM Co. MOU with its evidence sentence', async () => {
    await page.fill('#search', 'Ascend');
    const suggestion = page.locator('.suggestion[data-key="org:ascend-elements"]');
    await suggestion.click();
    await expect.poll(() => page.isVisible('#panel')).toBe(true);
    expect(await page.textContent('#panel-title')).toBe('Ascend Elements');
    const mou = page.locator('#panel section[data-type="SIGNED_MOU_WITH"]');
    expect(await mou.locator('button.link').first().textContent()).toBe('GEM Co.');
    expect(await mou.locator('.sentence').textContent()).toBe(MOU_SENTENCE);
    expect(await mou.locator('a').getAttribute('href')).toBe('https://example.com/ascend-gem');
    expect(await page.locator('#panel section[data-type="CEO_OF"]').textContent()).toContain('Linh Austin');
    await settle(page);
    await inkPixels(page, 'seed-ascend-selected', 'main');
  });

  it('clicking a node on the canvas opens it; clicking an edge’s details shows its evidence', async () => {
    await page.click('#reset-view');
    await page.waitForTimeout(400);
    expect(await page.isVisible('#panel')).toBe(false);
    const at = await page.evaluate(() => window.corpgraph?.nodePosition('org:gem-co') ?? null);
    expect(at).toBeTruthy();
    await clickGraph(page, at ?? { x: 0, y: 0 });
    await expect.poll(() => page.textContent('#panel-title')).toBe('GEM Co.');
    await page.locator('#panel li[data-edge*="SIGNED_MOU_WITH"] button.small').click();
    expect(await page.textContent('#panel-title')).toBe('SIGNED_MOU_WITH');
    expect(await page.textContent('#panel .sentence')).toBe(MOU_SENTENCE);
    // Clicking the edge itself on the canvas, at the middle of the MOU line.
    await page.click('#reset-view');
    await page.waitForTimeout(400);
    const ends = await page.evaluate(() => [
      window.corpgraph?.nodePosition('org:ascend-elements'),
      window.corpgraph?.nodePosition('org:gem-co'),
    ]);
    const [a, b] = ends;
    expect(a && b).toBeTruthy();
    await clickGraph(page, { x: ((a?.x ?? 0) + (b?.x ?? 0)) / 2, y: ((a?.y ?? 0) + (b?.y ?? 0)) / 2 });
    await expect.poll(() => page.textContent('#panel-title')).toBe('SIGNED_MOU_WITH');
    expect(await page.textContent('#panel .endpoints')).toBe('Ascend Elements → GEM Co.');
  });

  it('filters hide edges, on the canvas too', async () => {
    await clickGraph(page, { x: 5, y: 5 });
    const before = await inkPixels(page, 'seed-filter-before');
    await page.locator('fieldset[data-filter="relationship"] input[data-value="SIGNED_MOU_WITH"]').uncheck();
    await settle(page);
    expect(await page.getAttribute('#status', 'data-visible-edges')).toBe('6');
    await page.locator('#company-only').check();
    await settle(page);
    // Org–org links left: BP → Ascend, Ascend → <img…>, </script…> → GEM (the MOU is filtered out).
    expect(await page.getAttribute('#status', 'data-visible-edges')).toBe('3');
    expect(await page.getAttribute('#status', 'data-visible-nodes')).toBe('5');
    const after = await inkPixels(page, 'seed-filter-company-only');
    expect(after).toBeLessThan(before);
    await page.locator('#company-only').uncheck();
    await page.locator('fieldset[data-filter="relationship"] input[data-value="SIGNED_MOU_WITH"]').check();
    await page.fill('#min-confidence', '0.5');
    await settle(page);
    expect(await page.getAttribute('#status', 'data-visible-edges')).toBe('6');
    await page.fill('#min-confidence', '0');
  });

  it('hostile names show as text and run nothing', async () => {
    await page.fill('#search', '<img');
    const hits = page.locator('.suggestion');
    await expect.poll(() => hits.count()).toBe(2);
    // Keyboard: ArrowDown into the list, down again, Enter picks the focused suggestion.
    await page.focus('#search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
    expect(focused).toMatch(/^org:xss-/);
    await page.locator('.suggestion[data-key="org:xss-script"]').click();
    expect(await page.textContent('#panel-title')).toBe(XSS_SCRIPT);
    expect(await page.textContent('#panel .aliases')).toBe(`Also: ${XSS_IMG}`);
    // The document with a `javascript:` URL is listed without a link.
    expect(await page.locator('#panel a').count()).toBe(0);
    expect(await page.textContent('#panel .source span')).toBe(XSS_SCRIPT);
    await page.fill('#search', '');
    await page.locator('.suggestion').count();
    await page.evaluate(() => window.corpgraph?.selectNode('org:xss-img'));
    expect(await page.textContent('#panel-title')).toBe(XSS_IMG);
    expect(await page.textContent('title')).toBe(`Seed ${XSS_IMG}`);
    expect(await page.locator('img, iframe, script:not([id]):not([type])').count()).toBe(1);
    await settle(page);
    await inkPixels(page, 'seed-xss', 'main');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('renderPng screenshots the explorer', async () => {
    const png = await renderPng(seedLikeGraph(), { width: 640, height: 480 });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, big-endian, at bytes 16–23.
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([640, 480]);
    writeFileSync(`${SCREENSHOT_DIR}render-png.png`, png);
  });

  it('opens an empty graph without errors', async () => {
    const file = join(dir, 'empty.html');
    writeFileSync(file, renderHtml(createGraph()));
    const empty = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const pageErrors: string[] = [];
    empty.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await empty.goto(pathToFileURL(file).href);
      await waitReady(empty);
      expect(await empty.textContent('#status')).toBe('0 of 0 entities · 0 of 0 links');
      await empty.fill('#search', 'anything');
      expect(await empty.locator('.suggestion').count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await empty.close();
    }
  });

  it('renders 5,000 nodes / 20,000 edges and reports the time to first render', async () => {
    const graph = largeGraph(5000, 20_000);
    const file = join(dir, 'large.html');
    const started = performance.now();
    writeFileSync(file, renderHtml(graph));
    const buildMs = Math.round(performance.now() - started);
    const big = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    big.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await big.goto(pathToFileURL(file).href);
      const firstRenderMs = await waitReady(big, 120_000);
      const filterStarted = await big.evaluate(() => performance.now());
      await big.locator('#company-only').check();
      await settle(big);
      const filterMs = Math.round((await big.evaluate(() => performance.now())) - filterStarted);
      const ink = await inkPixels(big, 'large-5000x20000');
      console.log(
        `viz benchmark: 5000 nodes / 20000 edges: renderHtml ${buildMs} ms; first render ${firstRenderMs} ms in headless Chromium (SwiftShader); company-links filter redraw ${filterMs} ms; screenshots in ${SCREENSHOT_DIR}`,
      );
      expect(firstRenderMs).toBeGreaterThan(0);
      expect(firstRenderMs).toBeLessThan(90_000);
      expect(ink).toBeGreaterThan(10_000);
      expect(dialogs).toEqual([]);
    } finally {
      await big.close();
    }
  });
});
