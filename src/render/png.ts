// renderPng: a PNG picture of the explorer, screenshotted by headless Chromium (when available).
import type { CorpGraph } from '../types.js';
import { launchChromium } from './browser-launch.js';
import { renderHtml } from './html.js';
import { DEFAULT_RENDER_OPTIONS, type RenderOptions, validateRenderOptions } from './options.js';

/**
 * Render the graph to PNG: the self-contained explorer page, loaded in headless Chromium and screenshotted
 * once sigma has drawn its first frame.
 * @throws CorpgraphError E_INPUT_NOT_FOUND when Chromium or playwright-core is missing (use renderSvg).
 */
export async function renderPng(graph: CorpGraph, options: RenderOptions = {}): Promise<Uint8Array> {
  validateRenderOptions(options, 'renderPng');
  const width = options.width ?? DEFAULT_RENDER_OPTIONS.width;
  const height = options.height ?? DEFAULT_RENDER_OPTIONS.height;
  const html = renderHtml(graph, options);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForFunction(() => window.corpgraph?.ready === true, undefined, { timeout: 60_000 });
    // Why: one more frame so labels drawn after the first render are in the picture.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    return await page.screenshot({ type: 'png' });
  } finally {
    await browser.close();
  }
}
