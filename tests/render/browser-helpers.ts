// Shared helpers for the Chromium tests: launch, non-blank pixel counts, screenshots under tests/__screenshots__/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from '../../src/render/browser-launch.js';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../__screenshots__/', import.meta.url));

/** Chromium's path, or undefined (the browser tests then skip with a message). */
export const CHROMIUM = findChromium();
if (!CHROMIUM)
  console.warn('browser tests skipped: no Chromium (apt-get install chromium, or set CORPGRAPH_CHROMIUM)');

export async function launch(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return launchChromium();
}

/** Wait until the explorer has drawn its first frame; returns the page's time to first render in ms. */
export async function waitReady(page: Page, timeout = 60_000): Promise<number> {
  await page.waitForFunction(() => window.corpgraph?.ready === true, undefined, { timeout });
  // Two more frames: filter and selection changes are drawn on the next animation frame.
  await settle(page);
  return (await page.evaluate(() => window.corpgraph?.firstRenderMs)) ?? Number.NaN;
}

/** Let sigma draw pending frames. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
      ),
  );
}

/**
 * Count the pixels of the graph area that are not (near) white, from a real screenshot (so WebGL output is
 * included), decoded by the page itself (no PNG library needed). Saves the screenshot as `name`.png.
 */
export async function inkPixels(page: Page, name: string, selector = '#graph'): Promise<number> {
  const png = await page.locator(selector).screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return -1;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] ?? 255) < 240 || (data[i + 1] ?? 255) < 240 || (data[i + 2] ?? 255) < 240) count++;
    }
    return count;
  }, png.toString('base64'));
}
