// `corpgraph serve` in headless Chromium: a drop-down query returns rows (and highlights them); CREATE is refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExplorerServer, startExplorerServer } from '../../src/serve/server.js';
import { openEmbeddedStore, writeEmbeddedStore } from '../../src/store/embedded.js';
import type { GraphStore } from '../../src/store/types.js';
import { CHROMIUM, inkPixels, launch, settle, waitReady } from '../render/browser-helpers.js';
import { seedLikeGraph } from '../render/fixtures.js';

describe.skipIf(!CHROMIUM)('serve in Chromium', () => {
  let dir: string;
  let store: GraphStore;
  let server: ExplorerServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corpgraph-serve-ui-'));
    await writeEmbeddedStore(seedLikeGraph(), join(dir, 'db'));
    store = await openEmbeddedStore(join(dir, 'db'), { readOnly: true });
    server = await startExplorerServer({ graph: seedLikeGraph(), store, port: 0 });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await waitReady(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs a query picked from the drop-down and shows its rows', async () => {
    await expect.poll(() => page.getAttribute('#cypher-box', 'data-scripts')).not.toBeNull();
    await page.selectOption('#query-script', 'mou-partners');
    expect(await page.inputValue('#cypher')).toContain('SIGNED_MOU_WITH');
    await page.click('#cypher-run');
    await expect.poll(() => page.getAttribute('#cypher-status', 'data-code')).toBe('200');
    const rows = page.locator('#cypher-table tbody tr');
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells).toContain('Ascend Elements');
    expect(cells).toContain('GEM Co.');
    expect(await page.textContent('#cypher-status')).toBe('1 row · 2 highlighted');
    await settle(page);
    await inkPixels(page, 'serve-mou-partners', 'body');
  });

  it('refuses CREATE with the server’s message', async () => {
    await page.fill('#cypher', "CREATE (:Organization {key: 'org:evil', name: 'Evil'})");
    await page.fill('#cypher-params', '{}');
    await page.click('#cypher-run');
    await expect.poll(() => page.getAttribute('#cypher-status', 'data-code')).toBe('403');
    expect(await page.textContent('#cypher-status')).toMatch(/read-only/);
    const check = await store.query("MATCH (o:Organization {key: 'org:evil'}) RETURN count(o) AS n");
    expect(check.rows[0]?.n).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
